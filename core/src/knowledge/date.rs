//! Dates as the fact files write them: a day, a month, a year, or a range of two of those.
//!
//! Parsing checks that the date exists (no 30 February); the loader checks that it does not
//! lie after its source document. The written form carries the precision, so a curator never
//! has to state it twice.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether `word` (folded: lower case, no accents) is a month as members type it: its name
/// ("may", "august"), its first three letters ("aug") or "sept".
pub(crate) fn is_month_word(word: &str) -> bool {
    word == "sept"
        || MONTHS.iter().any(|month| {
            let month = month.to_ascii_lowercase();
            word == month || word.len() == 3 && month.starts_with(word)
        })
}

/// The number (1-12) of the month `word` (folded) names in full ("march"), if it names one.
pub(crate) fn month_number(word: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|month| month.eq_ignore_ascii_case(word))
        .map(|i| i as u32 + 1)
}

/// One point in time at the precision the documents support.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePoint {
    Day { year: i32, month: u32, day: u32 },
    Month { year: i32, month: u32 },
    Year { year: i32 },
}

/// A fact's date: a point, or a range from one point to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactDate {
    Point(DatePoint),
    Range(DatePoint, DatePoint),
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian), for ordering and comparisons.
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(if month <= 2 { year - 1 } else { year });
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The forms a date may take, for messages.
const FORMS: &str = "dates are YYYY, YYYY-MM or YYYY-MM-DD, or a range START/END of two";

/// Today, in days since 1970-01-01 (UTC): no source can be dated after it.
pub(super) fn today() -> i64 {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    (seconds / 86_400) as i64
}

impl DatePoint {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, digits: usize, what: &str| -> Result<u32, String> {
            if s.len() != digits || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!(
                    "{what} in {text:?} must be {digits} digits ({FORMS})"
                ));
            }
            s.parse::<u32>().map_err(|e| e.to_string())
        };
        let year = number(parts[0], 4, "the year")? as i32;
        if year == 0 {
            return Err(format!(
                "{text:?} has no year 0000: years run from 0001 ({FORMS})"
            ));
        }
        let point = match parts.len() {
            1 => DatePoint::Year { year },
            2 | 3 => {
                let month = number(parts[1], 2, "the month")?;
                if !(1..=12).contains(&month) {
                    return Err(format!("{text:?} has no month {month}"));
                }
                if parts.len() == 2 {
                    DatePoint::Month { year, month }
                } else {
                    let day = number(parts[2], 2, "the day")?;
                    if day == 0 || day > days_in_month(year, month) {
                        return Err(format!(
                            "{text:?} does not exist: {} {year} has {} days",
                            MONTHS[month as usize - 1],
                            days_in_month(year, month)
                        ));
                    }
                    DatePoint::Day { year, month, day }
                }
            }
            _ => return Err(format!("{text:?} is not a date ({FORMS})")),
        };
        Ok(point)
    }

    /// The first day this point covers, in days since 1970-01-01.
    pub fn first_day(self) -> i64 {
        match self {
            DatePoint::Day { year, month, day } => days_from_civil(year, month, day),
            DatePoint::Month { year, month } => days_from_civil(year, month, 1),
            DatePoint::Year { year } => days_from_civil(year, 1, 1),
        }
    }

    /// The last day this point covers.
    pub fn last_day(self) -> i64 {
        match self {
            DatePoint::Day { .. } => self.first_day(),
            DatePoint::Month { year, month } => {
                days_from_civil(year, month, days_in_month(year, month))
            }
            DatePoint::Year { year } => days_from_civil(year, 12, 31),
        }
    }

    fn precision(self) -> &'static str {
        match self {
            DatePoint::Day { .. } => "day",
            DatePoint::Month { .. } => "month",
            DatePoint::Year { .. } => "year",
        }
    }

    /// "16 August 2012", "August 2012", "2012".
    pub fn display(self) -> String {
        match self {
            DatePoint::Day { year, month, day } => {
                format!("{day} {} {year}", MONTHS[month as usize - 1])
            }
            DatePoint::Month { year, month } => format!("{} {year}", MONTHS[month as usize - 1]),
            DatePoint::Year { year } => year.to_string(),
        }
    }

    /// "16 Aug 2012": the short form used in autocomplete labels.
    pub fn short(self) -> String {
        match self {
            DatePoint::Day { year, month, day } => {
                format!("{day} {} {year}", &MONTHS[month as usize - 1][..3])
            }
            DatePoint::Month { year, month } => {
                format!("{} {year}", &MONTHS[month as usize - 1][..3])
            }
            DatePoint::Year { year } => year.to_string(),
        }
    }
}

impl fmt::Display for DatePoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DatePoint::Day { year, month, day } => write!(f, "{year:04}-{month:02}-{day:02}"),
            DatePoint::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            DatePoint::Year { year } => write!(f, "{year:04}"),
        }
    }
}

impl FactDate {
    /// Parses a point or a `START/END` range.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if text.matches('/').count() > 1 {
            return Err(format!(
                "{text:?} is not a date: a range is two dates joined by one \"/\" ({FORMS})"
            ));
        }
        match text.split_once('/') {
            None => DatePoint::parse(text).map(FactDate::Point),
            Some((start, end)) => {
                let start = DatePoint::parse(start.trim())?;
                let end = DatePoint::parse(end.trim())?;
                if end.last_day() < start.first_day() {
                    return Err(format!("the range {text:?} ends before it starts"));
                }
                Ok(FactDate::Range(start, end))
            }
        }
    }

    /// "day", "month", "year" or "range".
    pub fn precision(self) -> &'static str {
        match self {
            FactDate::Point(p) => p.precision(),
            FactDate::Range(..) => "range",
        }
    }

    /// The earliest day the date may denote.
    pub fn first_day(self) -> i64 {
        match self {
            FactDate::Point(p) | FactDate::Range(p, _) => p.first_day(),
        }
    }

    /// The latest day the date may denote.
    pub fn last_day(self) -> i64 {
        match self {
            FactDate::Point(p) | FactDate::Range(_, p) => p.last_day(),
        }
    }

    /// The date for people: "16 August 2012", "1956 – 1971".
    pub fn display(self) -> String {
        match self {
            FactDate::Point(p) => p.display(),
            FactDate::Range(a, b) => format!("{} – {}", a.display(), b.display()),
        }
    }

    /// The short form for labels: "16 Aug 2012", "1956–1971".
    pub fn short(self) -> String {
        match self {
            FactDate::Point(p) => p.short(),
            FactDate::Range(a, b) => format!("{}–{}", a.short(), b.short()),
        }
    }
}

impl fmt::Display for FactDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FactDate::Point(p) => write!(f, "{p}"),
            FactDate::Range(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

impl Serialize for FactDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for FactDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        FactDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_words_are_names_and_their_first_three_letters() {
        for word in ["may", "august", "aug", "sept", "sep", "december", "dec"] {
            assert!(is_month_word(word), "{word}");
        }
        for word in ["ma", "augu", "2012", "the", "back", "August"] {
            assert!(!is_month_word(word), "{word}");
        }
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(FactDate::parse("2012-08-16").unwrap().precision(), "day");
        assert_eq!(FactDate::parse("2012-08").unwrap().precision(), "month");
        assert_eq!(FactDate::parse("2012").unwrap().precision(), "year");
        assert_eq!(FactDate::parse("1956/1971").unwrap().precision(), "range");
    }

    #[test]
    fn refuses_impossible_dates() {
        assert!(FactDate::parse("2021-02-29").is_err());
        assert!(FactDate::parse("2020-02-29").is_ok());
        assert!(FactDate::parse("2012-13").is_err());
        assert!(FactDate::parse("2012-00-10").is_err());
        assert!(FactDate::parse("12-08-16").is_err());
        assert!(FactDate::parse("2012/08/16").is_err());
        assert!(FactDate::parse("1971/1956").is_err());
        assert!(FactDate::parse("16 August 2012").is_err());
        assert!(FactDate::parse("0000").is_err());
        assert!(FactDate::parse("0000-01-01/2012").is_err());
        assert!(FactDate::parse("0001").is_ok());
    }

    /// Issue 11, item 11: `2012/2012/2012` read "the year … must be 4 digits", which does not
    /// say what a date looks like.
    #[test]
    fn a_malformed_range_says_what_a_date_is() {
        let e = FactDate::parse("2012/2012/2012").unwrap_err();
        assert!(
            e.starts_with(
                "\"2012/2012/2012\" is not a date: a range is two dates joined by one \"/\""
            ),
            "{e}"
        );
        assert!(e.contains("YYYY, YYYY-MM or YYYY-MM-DD, or a range"), "{e}");
        let e = FactDate::parse("2012-8").unwrap_err();
        assert!(e.contains("or a range START/END"), "{e}");
    }

    #[test]
    fn days_are_ordered_and_exact() {
        let a = FactDate::parse("2012-06-18").unwrap();
        let b = FactDate::parse("2012-12-20").unwrap();
        assert_eq!(b.first_day() - a.first_day(), 185);
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        let month = FactDate::parse("2012-02").unwrap();
        assert_eq!(month.last_day() - month.first_day(), 28);
    }

    #[test]
    fn displays_for_people() {
        assert_eq!(
            FactDate::parse("2012-08-16").unwrap().display(),
            "16 August 2012"
        );
        assert_eq!(FactDate::parse("2012-08").unwrap().short(), "Aug 2012");
        assert_eq!(
            FactDate::parse("1956/1971").unwrap().display(),
            "1956 – 1971"
        );
        assert_eq!(
            FactDate::parse("1956/1971").unwrap().to_string(),
            "1956/1971"
        );
    }
}
