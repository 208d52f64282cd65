use clap::Parser;

/// mimalloc: extraction allocates many small strings on worker threads that the writer thread
/// frees; glibc's per-thread arenas fragment under that pattern.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = saywho::cli::Cli::parse();
    // One line per internal error; the file being processed is reported by the caller.
    std::panic::set_hook(Box::new(|info| eprintln!("saywho: bug: {info}")));
    let code = match saywho::commands::run(cli) {
        Ok(outcome) => outcome.exit_code(),
        // A closed pipe (`saywho search x | head`) is the reader's choice, not an error.
        Err(e) if e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) => 0,
        Err(e) => {
            eprintln!("saywho: {e:#}");
            2
        }
    };
    std::process::exit(code);
}
