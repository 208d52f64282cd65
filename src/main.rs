use clap::Parser;

fn main() {
    let cli = saywho::cli::Cli::parse();
    // One line per internal error; the file being processed is reported by the caller.
    std::panic::set_hook(Box::new(|info| eprintln!("saywho: bug: {info}")));
    let code = match saywho::commands::run(cli) {
        Ok(outcome) => outcome.exit_code(),
        Err(e) => {
            eprintln!("saywho: {e:#}");
            2
        }
    };
    std::process::exit(code);
}
