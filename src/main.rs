//! The `warta` command: parse arguments, run, print the error chain, exit 0/1/2.

mod cli;

use clap::Parser;

fn main() {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            if cli::is_broken_pipe(&e) {
                std::process::exit(0);
            }
            eprintln!("{}", cli::error_message(&e));
            std::process::exit(1);
        }
    }
}
