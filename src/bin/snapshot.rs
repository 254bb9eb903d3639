//! `snapshot`: the native command-line checker for snapshot files, built on the domain only.
//!
//! Exit codes: 0 valid / done, 1 invalid snapshot (every problem printed with its JSON path),
//! 2 usage or I/O error. It never panics on a file's contents.

use chrono::{Days, NaiveDate};
use serde_json::{json, Value};
use std::io::Read;
use std::process::ExitCode;
use visitationsguide::domain::generate::{generate, Options};
use visitationsguide::domain::rank::{Criterion, Estimate, Figure, Flag, Ranking};
use visitationsguide::domain::text::explain::{
    basis_sentence, estimate_short, flag_sentence, share_basis, why_sentence,
};
use visitationsguide::domain::text::Label;
use visitationsguide::domain::validate::MAX_BYTES;
use visitationsguide::domain::{parse_snapshot, rank, Age, Invalid, Lang, Query, Snapshot};

const USAGE: &str = "usage:
  snapshot check FILE
  snapshot rank FILE --group ID --age N [--json]
  snapshot generate --offers N --seed S [--references]
  snapshot import WORKBOOK.xlsx|WORKBOOK.ods|CSV-FOLDER [-o snapshot.json] [--lang en] [--json]
  snapshot export SNAPSHOT.json -o WORKBOOK.xlsx|CSV-FOLDER [--lang en]
  snapshot template -o TEMPLATE.xlsx [--lang en]
  snapshot diff OLD.json NEW.json [--json] [--lang en]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("snapshot: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        Some("check") => {
            let [_, file] = args else {
                return Err("check takes one FILE".into());
            };
            Ok(match load(file)? {
                Ok(snapshot) => {
                    println!("{file}: valid — {}", summary(&snapshot));
                    ExitCode::SUCCESS
                }
                Err(lines) => print_problems(&lines),
            })
        }
        Some("rank") => {
            let file = args.get(1).ok_or("rank needs a FILE")?;
            let flags = Flags::parse(&args[2..], &["--group", "--age"], &["--json"])?;
            let group = flags.value("--group").ok_or("rank needs --group ID")?;
            let age_text = flags.value("--age").ok_or("rank needs --age N")?;
            let years: i64 = age_text.parse().map_err(|_| format!("--age {age_text:?} is not a whole number"))?;
            let age = Age::new(years).map_err(|e| e.to_string())?;
            let snapshot = match load(file)? {
                Ok(snapshot) => snapshot,
                Err(lines) => return Ok(print_problems(&lines)),
            };
            let query = Query { target_group: group.to_owned(), age };
            let ranking = rank(&snapshot, &query).map_err(|e| e.to_string())?;
            if flags.has("--json") {
                let text =
                    serde_json::to_string_pretty(&ranking_json(&snapshot, &ranking)).map_err(|e| e.to_string())?;
                println!("{text}");
            } else {
                print_ranking(&snapshot, &ranking);
            }
            Ok(ExitCode::SUCCESS)
        }
        Some("generate") => {
            let flags = Flags::parse(&args[1..], &["--offers", "--seed"], &["--references"])?;
            let number = |name: &str| -> Result<u64, String> {
                let text = flags.value(name).ok_or(format!("generate needs {name} N"))?;
                text.parse().map_err(|_| format!("{name} {text:?} is not a whole number"))
            };
            let offers = usize::try_from(number("--offers")?).map_err(|e| e.to_string())?;
            let options = Options { offers, seed: number("--seed")?, references: flags.has("--references") };
            println!("{}", generate(options));
            Ok(ExitCode::SUCCESS)
        }
        #[cfg(feature = "publisher")]
        Some("import") => {
            let input = args.get(1).ok_or("import needs a WORKBOOK or a CSV-FOLDER")?;
            let flags = Flags::parse(&args[2..], &["-o", "--lang"], &["--json"])?;
            publisher::import(input, flags.value("-o"), lang(&flags)?, flags.has("--json"), today())
        }
        #[cfg(feature = "publisher")]
        Some("export") => {
            let input = args.get(1).ok_or("export needs a SNAPSHOT.json")?;
            let flags = Flags::parse(&args[2..], &["-o", "--lang"], &[])?;
            let out = flags.value("-o").ok_or("export needs -o WORKBOOK.xlsx or -o CSV-FOLDER")?;
            let snapshot = match load(input)? {
                Ok(snapshot) => snapshot,
                Err(lines) => return Ok(print_problems(&lines)),
            };
            publisher::export(&snapshot, out, lang(&flags)?)
        }
        #[cfg(feature = "publisher")]
        Some("template") => {
            let flags = Flags::parse(&args[1..], &["-o", "--lang"], &[])?;
            let out = flags.value("-o").ok_or("template needs -o TEMPLATE.xlsx")?;
            publisher::template(out, lang(&flags)?)
        }
        #[cfg(feature = "publisher")]
        Some("diff") => {
            let (Some(old), Some(new)) = (args.get(1), args.get(2)) else {
                return Err("diff needs OLD and NEW snapshot files".into());
            };
            let flags = Flags::parse(&args[3..], &["--lang"], &["--json"])?;
            let lang = lang(&flags)?;
            // Both files are read before either is judged, so an I/O error wins (exit 2) over an invalid file.
            let (before, after) = (load(old)?, load(new)?);
            let (before, after) = match (before, after) {
                (Ok(before), Ok(after)) => (before, after),
                (before, after) => {
                    for (file, loaded) in [(old, before), (new, after)] {
                        if let Err(lines) = loaded {
                            eprintln!("snapshot diff: {file} is not a valid snapshot");
                            print_problems(&lines);
                        }
                    }
                    return Ok(ExitCode::from(1));
                }
            };
            publisher::diff(&before, &after, lang, flags.has("--json"))
        }
        #[cfg(not(feature = "publisher"))]
        Some("import" | "export" | "template" | "diff") => Err("built without the `publisher` feature".into()),
        _ => Err("unknown or missing command".into()),
    }
}

/// `--lang da|en`; Danish when not given (the analysts' language).
#[cfg(feature = "publisher")]
fn lang(flags: &Flags<'_>) -> Result<Lang, String> {
    match flags.value("--lang") {
        None => Ok(Lang::Da),
        Some(code) => Lang::from_code(code).ok_or(format!("--lang {code:?} is not da or en")),
    }
}

/// The publisher commands: spreadsheet import, export and the empty template (`src/publish/`).
#[cfg(feature = "publisher")]
mod publisher {
    use super::*;
    use std::path::Path;
    use visitationsguide::publish::read::MAX_INPUT_BYTES;
    use visitationsguide::publish::words::words;
    use visitationsguide::publish::{export, import_csv, import_workbook, template as empty, Imported, Refused};

    fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
        let shown = path.display();
        let handle = std::fs::File::open(path).map_err(|e| format!("cannot open {shown}: {e}"))?;
        let mut bytes = Vec::new();
        handle.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read {shown}: {e}"))?;
        Ok(bytes)
    }

    /// A folder's `.csv` files as (name, bytes), in name order.
    fn csv_folder(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
        let shown = dir.display();
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(|e| format!("cannot read {shown}: {e}"))? {
            let entry = entry.map_err(|e| format!("cannot read {shown}: {e}"))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_file() && name.to_lowercase().ends_with(".csv") {
                files.push((name, read_limited(&entry.path())?));
            }
        }
        files.sort();
        Ok(files)
    }

    pub fn import(
        input: &str,
        out: Option<&str>,
        lang: Lang,
        as_json: bool,
        today: NaiveDate,
    ) -> Result<ExitCode, String> {
        let path = Path::new(input);
        let result = if path.is_dir() {
            import_csv(&csv_folder(path)?, today)
        } else if input.to_lowercase().ends_with(".csv") {
            return Err(format!("{input} is one CSV file: import the folder that holds the template's CSV files"));
        } else {
            import_workbook(&read_limited(path)?, today)
        };
        let w = words(lang);
        match result {
            Ok(Imported { text, snapshot, warnings }) => {
                for warning in &warnings {
                    eprintln!("{}", warning.line(lang));
                }
                let results: usize = snapshot.offers().iter().map(|o| o.results.len()).sum();
                let done = w.imported(out.unwrap_or("-"), snapshot.offers().len(), results);
                match out {
                    Some(out) => std::fs::write(out, text).map_err(|e| format!("cannot write {out}: {e}"))?,
                    None if as_json => {}
                    None => print!("{text}"),
                }
                if as_json {
                    println!("[]");
                } else if out.is_some() {
                    println!("{done}");
                } else {
                    eprintln!("{done}");
                }
                Ok(ExitCode::SUCCESS)
            }
            Err(Refused { problems, more, warnings }) => {
                for warning in &warnings {
                    eprintln!("{}", warning.line(lang));
                }
                if as_json {
                    let list: Vec<Value> = problems.iter().map(|p| p.to_json(lang)).collect();
                    println!("{}", serde_json::to_string_pretty(&Value::Array(list)).map_err(|e| e.to_string())?);
                    if more > 0 {
                        eprintln!("{}", w.more_problems(more));
                    }
                } else {
                    for problem in &problems {
                        let line = problem.line(lang);
                        // A problem with the whole file is named by the file.
                        if problem.place.is_none() && problem.path.is_none() {
                            println!("{input}: {line}");
                        } else {
                            println!("{line}");
                        }
                    }
                    if more > 0 {
                        println!("{}", w.more_problems(more));
                    }
                }
                eprintln!("{}", w.refused(problems.len() + more));
                Ok(ExitCode::from(1))
            }
        }
    }

    pub fn export(snapshot: &Snapshot, out: &str, lang: Lang) -> Result<ExitCode, String> {
        let lower = out.to_lowercase();
        if lower.ends_with(".xlsx") {
            let bytes = export::to_xlsx(snapshot)?;
            std::fs::write(out, bytes).map_err(|e| format!("cannot write {out}: {e}"))?;
        } else if lower.ends_with(".ods") || lower.ends_with(".xls") || lower.ends_with(".csv") {
            return Err(format!("{out}: export writes an .xlsx workbook or a folder of CSV files"));
        } else {
            std::fs::create_dir_all(out).map_err(|e| format!("cannot make {out}: {e}"))?;
            for (name, bytes) in export::to_csv(snapshot)? {
                let file = Path::new(out).join(&name);
                std::fs::write(&file, bytes).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
            }
        }
        println!("{}", words(lang).exported(out));
        Ok(ExitCode::SUCCESS)
    }

    pub fn diff(old: &Snapshot, new: &Snapshot, lang: Lang, as_json: bool) -> Result<ExitCode, String> {
        use std::io::Write;
        let found = visitationsguide::publish::diff::diff(old, new);
        let text = if as_json {
            serde_json::to_string_pretty(&found.to_json(lang)).map_err(|e| e.to_string())? + "\n"
        } else {
            found.text(lang)
        };
        // A diff can be long: `snapshot diff … | head` closing the pipe early is not an error.
        let mut out = std::io::stdout().lock();
        match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("cannot write the diff: {e}")),
            _ => Ok(ExitCode::SUCCESS),
        }
    }

    pub fn template(out: &str, lang: Lang) -> Result<ExitCode, String> {
        let bytes = empty::empty()?;
        std::fs::write(out, bytes).map_err(|e| format!("cannot write {out}: {e}"))?;
        println!("{}", words(lang).template_written(out));
        Ok(ExitCode::SUCCESS)
    }
}

/// Reads and validates a file. The outer error is I/O (exit 2); the inner one lists the problems.
fn load(file: &str) -> Result<Result<Snapshot, Vec<String>>, String> {
    let handle = std::fs::File::open(file).map_err(|e| format!("cannot open {file}: {e}"))?;
    let size = handle.metadata().map_err(|e| format!("cannot read {file}: {e}"))?.len();
    if size > MAX_BYTES {
        return Ok(Err(Invalid::too_large(size).lines(Lang::En)));
    }
    let mut bytes = Vec::new();
    handle.take(MAX_BYTES + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read {file}: {e}"))?;
    Ok(parse_snapshot(&bytes, today()).map_err(|invalid| invalid.lines(Lang::En)))
}

fn print_problems(lines: &[String]) -> ExitCode {
    for line in lines {
        println!("{line}");
    }
    ExitCode::from(1)
}

fn today() -> NaiveDate {
    let days =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() / 86_400).unwrap_or(0);
    NaiveDate::default().checked_add_days(Days::new(days)).unwrap_or_default()
}

fn summary(s: &Snapshot) -> String {
    format!(
        "published {} by {:?}; {} periods (current: {}), {} offers, {} providers, {} target groups",
        s.published(),
        s.publisher(),
        s.periods().len(),
        s.current_period().id,
        s.offers().len(),
        s.providers().len(),
        s.target_groups().len()
    )
}

/// `--name value` options and bare switches, each at most once.
struct Flags<'a> {
    values: Vec<(&'a str, &'a str)>,
    switches: Vec<&'a str>,
}

impl<'a> Flags<'a> {
    fn parse(args: &'a [String], with_value: &[&str], switches: &[&str]) -> Result<Self, String> {
        let mut flags = Flags { values: Vec::new(), switches: Vec::new() };
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            let arg = arg.as_str();
            if flags.has(arg) || flags.value(arg).is_some() {
                return Err(format!("{arg} given twice"));
            } else if with_value.contains(&arg) {
                let value = rest.next().ok_or(format!("{arg} needs a value"))?;
                flags.values.push((arg, value));
            } else if switches.contains(&arg) {
                flags.switches.push(arg);
            } else {
                return Err(format!("unexpected argument {arg:?}"));
            }
        }
        Ok(flags)
    }

    fn value(&self, name: &str) -> Option<&'a str> {
        self.values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }

    fn has(&self, name: &str) -> bool {
        self.switches.contains(&name)
    }
}

fn figure_json(figure: &Figure) -> Value {
    let city = figure.city.map(|c| c.share);
    match figure.estimate {
        Estimate::Share { share, n, low, high } => json!({
            "share": share, "n": n, "low": low, "high": high, "tier": figure.tier.code(),
            "city": city, "caution": figure.caution,
        }),
        Estimate::TooFew { n } => json!({"missing": "too_few", "n": n, "tier": figure.tier.code()}),
        Estimate::Missing(reason) => json!({"missing": reason.code(), "tier": figure.tier.code()}),
    }
}

fn flag_json(flag: &Flag) -> Value {
    match flag {
        Flag::SadSmiley { date, note } => json!({
            "kind": "sad_smiley", "date": date.to_string(), "note": note.as_ref().map(|n| n.get(Lang::En)),
        }),
        Flag::Complaints { rate, city_rate } => json!({
            "kind": "complaints", "complaints": rate.complaints, "participants": rate.participants,
            "low": rate.low, "high": rate.high, "city_rate": city_rate,
        }),
    }
}

fn ranking_json(s: &Snapshot, ranking: &Ranking) -> Value {
    let offer_name = |i| s.offer(i).name.get(Lang::En).to_owned();
    let mut rows: Vec<Value> = Vec::new();
    for (i, r) in ranking.ranked.iter().enumerate() {
        let offer = s.offer(r.offer);
        let above = i.checked_sub(1).map(|j| offer_name(ranking.ranked[j].offer));
        rows.push(json!({
            "rank": i + 1,
            "status": "ranked",
            "offer": offer.id.as_str(),
            "name": offer.name.da(),
            "provider": s.provider_of(offer).id.as_str(),
            "band_used": s.band_id(r.basis.band),
            "participants": r.basis.participants,
            "basis": basis_sentence(s, &r.basis, Lang::En),
            "job_or_education": figure_json(r.figure(Criterion::Job)),
            "placements": figure_json(r.figure(Criterion::Placements)),
            "satisfaction": figure_json(r.figure(Criterion::Satisfaction)),
            "flags": r.flags.iter().map(flag_json).collect::<Vec<_>>(),
            "age_adjusted": r.age_adjusted.map(|a| json!({"observed": a.observed, "expected": a.expected, "ratio": a.ratio})),
            "why": r.why.as_ref().zip(above).map(|(why, above)| why_sentence(why, &above, &offer_name(r.offer), Lang::En)),
        }));
    }
    for u in &ranking.unranked {
        let offer = s.offer(u.offer);
        rows.push(json!({
            "rank": null, "status": u.reason.code(), "offer": offer.id.as_str(), "name": offer.name.da(),
            "provider": s.provider_of(offer).id.as_str(),
        }));
    }
    Value::Array(rows)
}

/// What a caseworker would see, as plain text, in the words the app uses.
fn print_ranking(s: &Snapshot, ranking: &Ranking) {
    let lang = Lang::En;
    let words = lang.words();
    let group = s.target_group(ranking.target_group);
    println!(
        "{} ({}), age {} — {}",
        group.name.get(lang),
        group.id,
        ranking.age.get(),
        s.current_period().label.get(lang)
    );
    for (i, r) in ranking.ranked.iter().enumerate() {
        let offer = s.offer(r.offer);
        println!("\n{:>3}. {} — {} [{}]", i + 1, offer.name.get(lang), s.provider_of(offer).name, offer.id);
        println!("     {}", basis_sentence(s, &r.basis, lang));
        for c in Criterion::ALL {
            let f = r.figure(c);
            let basis = share_basis(c, &f.estimate, lang).map(|b| format!(" ({b})")).unwrap_or_default();
            let caution = if f.caution { format!(", {}", words.caution()) } else { String::new() };
            println!(
                "     {:<22} {}{basis}: {}{caution}",
                words.criterion(c),
                estimate_short(&f.estimate, lang),
                words.tier(f.tier)
            );
        }
        for flag in &r.flags {
            println!("     ! {}", flag_sentence(flag, lang));
        }
        if let (Some(why), Some(prev)) = (&r.why, i.checked_sub(1)) {
            let above = s.offer(ranking.ranked[prev].offer).name.get(lang);
            println!("     why: {}", why_sentence(why, above, offer.name.get(lang), lang));
        }
    }
    if !ranking.unranked.is_empty() {
        println!("\n{}:", lang.label(Label::NoResultsYet));
        for u in &ranking.unranked {
            let offer = s.offer(u.offer);
            println!("  - {} [{}]: {}", offer.name.get(lang), offer.id, words.unranked_reason(u.reason));
        }
    }
}
