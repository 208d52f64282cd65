use clap::Parser;

fn main() {
    let cli = saywho::cli::Cli::parse();
    let code = match saywho::commands::run(cli) {
        Ok(outcome) => outcome.exit_code(),
        Err(e) => {
            eprintln!("saywho: {e:#}");
            2
        }
    };
    std::process::exit(code);
}
