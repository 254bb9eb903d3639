//! What the caseworker typed, read as the ranking needs it: the age box's text, and the question
//! the guide can answer with the figures in use.

use super::rank::{rank, Age, AgeError, Query, QueryError, Ranking};
use super::snapshot::Snapshot;
use super::Lang;
use std::sync::Arc;

/// What was typed in the age box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AgeInput {
    Empty,
    NotANumber,
    Invalid(AgeError),
    Valid(Age),
}

impl AgeInput {
    /// Whole years only: "34" and " 34 " are 34; "34,5", "3e1" and "34 år" are not numbers.
    pub fn parse(text: &str) -> AgeInput {
        let text = text.trim();
        if text.is_empty() {
            return AgeInput::Empty;
        }
        match text.parse::<i64>() {
            Ok(years) => Age::new(years).map_or_else(AgeInput::Invalid, AgeInput::Valid),
            Err(_) => AgeInput::NotANumber,
        }
    }

    /// The message under the age box, if the text is not an age the guide can take.
    pub fn message(self, lang: Lang) -> Option<String> {
        match self {
            AgeInput::Empty | AgeInput::Valid(_) => None,
            AgeInput::NotANumber => Some(lang.words().age_not_a_number().to_owned()),
            AgeInput::Invalid(e) => Some(lang.words().age_error(e)),
        }
    }

    pub fn age(self) -> Option<Age> {
        match self {
            AgeInput::Valid(age) => Some(age),
            _ => None,
        }
    }
}

/// The guide's answer to what was typed, with the figures in use.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// No figures are in use.
    NoFigures,
    /// The group or the age is still missing or not usable.
    Incomplete,
    /// The group (from a link) is not in these figures.
    UnknownGroup(String),
    Ranked(Arc<Ranking>),
}

impl Answer {
    /// Ranks when there is a snapshot, a group and a valid age.
    pub fn of(snapshot: Option<&Snapshot>, group: Option<&str>, age: AgeInput) -> Answer {
        let Some(snapshot) = snapshot else { return Answer::NoFigures };
        let Some(group) = group else { return Answer::Incomplete };
        if snapshot.target_group_by_id(group).is_none() {
            return Answer::UnknownGroup(group.to_owned());
        }
        let Some(age) = age.age() else { return Answer::Incomplete };
        match rank(snapshot, &Query { target_group: group.to_owned(), age }) {
            Ok(ranking) => Answer::Ranked(Arc::new(ranking)),
            Err(QueryError::UnknownGroup(id)) => Answer::UnknownGroup(id),
        }
    }

    pub fn ranking(&self) -> Option<&Arc<Ranking>> {
        match self {
            Answer::Ranked(ranking) => Some(ranking),
            _ => None,
        }
    }

    /// The message under the group select, when the group is unknown.
    pub fn group_message(&self, lang: Lang) -> Option<String> {
        match self {
            Answer::UnknownGroup(id) => Some(lang.words().unknown_group(id)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn the_age_box_takes_whole_years_only() {
        assert_eq!(AgeInput::parse(""), AgeInput::Empty);
        assert_eq!(AgeInput::parse("  "), AgeInput::Empty);
        assert_eq!(AgeInput::parse(" 34 ").age().map(Age::get), Some(34));
        for text in ["34,5", "34.5", "3e1", "34 år", "trettifire", "+-3"] {
            assert_eq!(AgeInput::parse(text), AgeInput::NotANumber, "{text}");
        }
        assert_eq!(AgeInput::parse("3"), AgeInput::Invalid(AgeError::TooYoung));
        assert_eq!(AgeInput::parse("100"), AgeInput::Invalid(AgeError::TooOld));
        assert_eq!(AgeInput::parse("99999999999999999999"), AgeInput::NotANumber, "no overflow panic");
        assert_eq!(AgeInput::parse("15").age().map(Age::get), Some(15));
        assert_eq!(AgeInput::parse("34,5").message(Lang::Da).as_deref(), Some("Skriv alderen som et helt tal, fx 34."));
        assert_eq!(AgeInput::parse("3").message(Lang::En).as_deref(), Some("The age must be at least 15."));
        assert_eq!(AgeInput::parse("34").message(Lang::Da), None);
    }

    #[test]
    fn the_answer_says_what_is_missing_or_unknown() {
        let text = std::fs::read_to_string("tests/fixtures/good/minimal.json").unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let s = crate::domain::parse_snapshot(text.as_bytes(), today).unwrap();
        let group = s.target_groups()[0].id.to_string();
        let age = AgeInput::parse("40");
        assert_eq!(Answer::of(None, Some(&group), age), Answer::NoFigures);
        assert_eq!(Answer::of(Some(&s), None, age), Answer::Incomplete);
        assert_eq!(Answer::of(Some(&s), Some(&group), AgeInput::parse("4")), Answer::Incomplete);
        let unknown = Answer::of(Some(&s), Some("nope"), age);
        assert_eq!(unknown, Answer::UnknownGroup("nope".into()));
        assert!(unknown.group_message(Lang::Da).unwrap().contains("«nope»"));
        let unknown_without_age = Answer::of(Some(&s), Some("nope"), AgeInput::Empty);
        assert_eq!(unknown_without_age, Answer::UnknownGroup("nope".into()), "said before the age is typed");
        let ranked = Answer::of(Some(&s), Some(&group), age);
        assert_eq!(ranked.ranking().map(|r| r.target_group), s.target_group_by_id(&group));
        assert_eq!(ranked.group_message(Lang::Da), None);
    }
}
