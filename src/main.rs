//! The `warta` command: parse arguments, run, print the error chain, exit 0/1/2.

mod cli;

use clap::Parser;

fn main() {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            // A closed pipe (`warta query … | head`) is the reader's choice, not an error.
            let broken_pipe = e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
                    || c.to_string().contains("Broken pipe")
            });
            if broken_pipe {
                std::process::exit(0);
            }
            let mut msg = format!("warta: error: {e}");
            for cause in e.chain().skip(1) {
                let c = cause.to_string();
                if !msg.contains(&c) {
                    msg.push_str(&format!(": {c}"));
                }
            }
            eprintln!("{msg}");
            std::process::exit(1);
        }
    }
}
