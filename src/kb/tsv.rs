//! A minimal reader for the project's TSV tables: one header line, tab-separated, no quoting,
//! `|` between the values of a multi-valued cell. Columns are found by header name, so a table
//! may gain columns without breaking readers.

use crate::error::{Error, Result};

/// One parsed table: the header and the data rows, each with its 1-based line number.
pub struct Table<'a> {
    pub name: String,
    header: Vec<&'a str>,
    pub rows: Vec<(usize, Vec<&'a str>)>,
}

impl<'a> Table<'a> {
    pub fn parse(name: &str, text: &'a str) -> Result<Self> {
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        let header: Vec<&str> = lines
            .next()
            .ok_or_else(|| Error::Kb(format!("{name}: the table is empty")))?
            .1
            .split('\t')
            .collect();
        let rows = lines
            .map(|(i, l)| (i + 1, l.split('\t').collect::<Vec<_>>()))
            .collect();
        Ok(Table {
            name: name.to_owned(),
            header,
            rows,
        })
    }

    /// Index of a column; an error naming the table when it is missing.
    pub fn column(&self, name: &str) -> Result<usize> {
        self.header
            .iter()
            .position(|h| *h == name)
            .ok_or_else(|| Error::Kb(format!("{}: no column {name:?}", self.name)))
    }

    /// The value of a cell, trimmed; empty when the row is short.
    pub fn cell<'r>(row: &'r [&'a str], column: usize) -> &'a str {
        row.get(column).map_or("", |c| c.trim())
    }

    pub fn error(&self, line: usize, message: impl std::fmt::Display) -> Error {
        Error::Kb(format!("{}:{line}: {message}", self.name))
    }
}

/// Splits a multi-valued cell.
pub fn values(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}
