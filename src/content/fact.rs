//! The typed values of facts and sources: what a country file or a section's `[[sources]]`
//! may say, parsed at load so a wrong value cannot reach a view.
//!
//! Parse, don't validate: a source address is an [`HttpsUrl`] (a `javascript:` source is refused
//! when the file loads, not merely reported by `check`), a phone number is a [`Phone`] in E.164
//! or a short number, opening hours are [`Hours`], and the two dates every fact carries are
//! kept apart: [`AsOf`] (the date of the information in its source) and [`Date`] of `checked`
//! (when someone compared the fact with that source), with [`CheckedAgainst`] saying how.
//! Rules that compare a fact with other files (a phone number against its country's calling
//! code, `source_says` against the value) live in `check`.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A calendar date, `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day, 1–31.
    pub day: u8,
}

impl Date {
    /// Today's date in UTC, from the system clock.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Date::from_days_since_epoch((secs / 86_400) as i64)
    }

    /// The civil date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        if parts.next().is_some() || s.len() != 10 {
            return None;
        }
        Date::new(year, month, day)
    }

    fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(Date { year, month, day })
    }

    /// Whole months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: Date) -> i32 {
        let m = (i32::from(later.year) - i32::from(self.year)) * 12 + i32::from(later.month)
            - i32::from(self.month);
        if later.day < self.day {
            m - 1
        } else {
            m
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    /// A TOML date (`2026-12-01`); also its string form, which is how a date reaches a
    /// deserializer through `toml::Value`.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Date;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date such as 2026-12-01")
            }

            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Date, E> {
                Date::parse(s).ok_or_else(|| {
                    E::custom(format!(
                        "'{s}' is not a date: write a date without a time, e.g. 2026-12-01"
                    ))
                })
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Date, A::Error> {
                let value = toml::value::Datetime::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )?;
                self.visit_str(&value.to_string())
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// The date of the information in a source: as precise as the source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsOf {
    /// A day: a page's "last updated", a law's version.
    Day(Date),
    /// A month, `"2024-10"`.
    Month {
        /// Year.
        year: u16,
        /// Month, 1–12.
        month: u8,
    },
    /// A year, `"2024"`: a report's year.
    Year(u16),
    /// The source gives no date.
    Undated,
}

impl AsOf {
    /// The last day the information can be from: what its age is counted from (the end of the
    /// month or year), so a year is never read as older than it is.
    fn latest(self) -> Option<Date> {
        match self {
            AsOf::Day(d) => Some(d),
            AsOf::Month { year, month } => Some(Date {
                year,
                month,
                day: 28,
            }),
            AsOf::Year(year) => Some(Date {
                year,
                month: 12,
                day: 31,
            }),
            AsOf::Undated => None,
        }
    }

    /// Whether the information is older than `max_months` on `today`. An undated source has no
    /// known age: it is not "older than" anything, and is shown as undated instead.
    pub fn is_older_than(self, max_months: i32, today: Date) -> bool {
        self.latest()
            .is_some_and(|d| d.months_until(today) > max_months)
    }

    /// Whether the information is dated after `day` (a source cannot be checked before it was
    /// written).
    pub fn is_after(self, day: Date) -> bool {
        let earliest = match self {
            AsOf::Day(d) => d,
            AsOf::Month { year, month } => Date {
                year,
                month,
                day: 1,
            },
            AsOf::Year(year) => Date {
                year,
                month: 1,
                day: 1,
            },
            AsOf::Undated => return false,
        };
        earliest > day
    }
}

impl fmt::Display for AsOf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AsOf::Day(d) => d.fmt(f),
            AsOf::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            AsOf::Year(year) => write!(f, "{year:04}"),
            AsOf::Undated => f.write_str("undated"),
        }
    }
}

impl std::str::FromStr for AsOf {
    type Err = String;

    fn from_str(s: &str) -> Result<AsOf, String> {
        let bad = || {
            format!("'{s}' is not a date of information: write 2024-10-18, \"2024-10\", \"2024\" or \"undated\"")
        };
        if s == "undated" {
            return Ok(AsOf::Undated);
        }
        let parts: Vec<&str> = s.split('-').collect();
        let year: u16 = parts[0].parse().map_err(|_| bad())?;
        if parts[0].len() != 4 {
            return Err(bad());
        }
        match parts.as_slice() {
            [_] => Ok(AsOf::Year(year)),
            [_, m] if m.len() == 2 => {
                let month: u8 = m.parse().map_err(|_| bad())?;
                (1..=12)
                    .contains(&month)
                    .then_some(AsOf::Month { year, month })
                    .ok_or_else(bad)
            }
            [_, _, _] => Date::parse(s).map(AsOf::Day).ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl Serialize for AsOf {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for AsOf {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<AsOf, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Date(toml::value::Datetime),
            Year(u16),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Date(value) => match (value.date, value.time) {
                (Some(date), None) => Date::new(date.year, date.month, date.day)
                    .map(AsOf::Day)
                    .ok_or_else(|| serde::de::Error::custom(format!("'{value}' is not a valid date"))),
                _ => Err(serde::de::Error::custom(format!(
                    "'{value}' is not a date: write 2024-10-18, \"2024-10\", \"2024\" or \"undated\""
                ))),
            },
            Raw::Year(year) => Ok(AsOf::Year(year)),
            Raw::Text(text) => text.parse().map_err(serde::de::Error::custom),
        }
    }
}

/// What a fact or source was compared with when it was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckedAgainst {
    /// A stored copy of the page (e.g. through the project's search tool), not the live page.
    StoredCopy,
    /// A law, treaty or report as published.
    OfficialDocument,
    /// The live page.
    LivePage,
    /// An answer in writing from the institution.
    InWriting,
}

/// An `https:` address. Anything else is refused when the file loads, so it can never become a
/// link in a view.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HttpsUrl(String);

impl HttpsUrl {
    /// Parses `s`: `https://` followed by a host, with no whitespace, quotes, angle brackets or
    /// backslashes.
    pub fn parse(s: &str) -> Result<HttpsUrl, String> {
        let rest = s
            .strip_prefix("https://")
            .ok_or_else(|| format!("'{s}' is not an https:// address"))?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        if host.is_empty()
            || s.chars()
                .any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\`".contains(c))
        {
            return Err(format!("'{s}' is not a valid https:// address"));
        }
        Ok(HttpsUrl(s.to_owned()))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for HttpsUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for HttpsUrl {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for HttpsUrl {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<HttpsUrl, D::Error> {
        let s = String::deserialize(d)?;
        HttpsUrl::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// A number to call: E.164 (`+4620390000`) or a short number that only works inside its
/// country (`112`, `116006`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phone {
    /// `+`, country code and national number: 7–15 digits in all.
    E164(String),
    /// 3–6 digits.
    Short(String),
}

impl Phone {
    /// Parses an E.164 number or a short number.
    pub fn parse(s: &str) -> Result<Phone, String> {
        if let Some(digits) = s.strip_prefix('+') {
            if (7..=15).contains(&digits.len())
                && digits.bytes().all(|b| b.is_ascii_digit())
                && !digits.starts_with('0')
            {
                return Ok(Phone::E164(s.to_owned()));
            }
        } else if (3..=6).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(Phone::Short(s.to_owned()));
        }
        Err(format!(
            "'{s}' is not a phone number in international form: write '+', the country code and the number without spaces (+4620390000), or a short number of 3 to 6 digits (112)"
        ))
    }

    /// The number as stored: what a `tel:` link dials.
    pub fn as_str(&self) -> &str {
        match self {
            Phone::E164(s) | Phone::Short(s) => s,
        }
    }

    /// Its digits, without `+`.
    pub fn digits(&self) -> &str {
        self.as_str().trim_start_matches('+')
    }
}

impl<'de> Deserialize<'de> for Phone {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Phone, D::Error> {
        let s = String::deserialize(d)?;
        Phone::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl Serialize for Phone {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// When a number answers, in the local time of its country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "ranges", rename_all = "kebab-case")]
pub enum Hours {
    /// Day and night, every day.
    Always,
    /// On the given days, between the given times.
    Ranges(Vec<HoursRange>),
    /// The source does not say.
    NotStated,
}

/// Days and times a number answers: `Mon-Fri 09:00-16:30`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HoursRange {
    /// First day, 1 = Monday … 7 = Sunday.
    pub from_day: u8,
    /// Last day (equal to `from_day` for one day).
    pub to_day: u8,
    /// Opening time, `HH:MM`.
    pub open: String,
    /// Closing time, `HH:MM`.
    pub close: String,
}

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

impl Hours {
    /// Parses `24/7`, `not-stated` or `Mon-Fri 09:00-16:30; Sat 10:00-14:00`.
    pub fn parse(s: &str) -> Result<Hours, String> {
        let s = s.trim();
        match s {
            "24/7" => return Ok(Hours::Always),
            "not-stated" => return Ok(Hours::NotStated),
            _ => {}
        }
        let bad = |part: &str| {
            format!(
                "hours '{part}' are not understood: write \"24/7\", \"not-stated\", or days and times such as \"Mon-Fri 09:00-16:30; Sat 10:00-14:00\""
            )
        };
        let day = |d: &str| DAYS.iter().position(|x| *x == d).map(|i| i as u8 + 1);
        let time = |t: &str| {
            let (h, m) = t.split_once(':')?;
            let (h, m): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
            (t.len() == 5 && h <= 24 && m < 60).then(|| t.to_owned())
        };
        let mut ranges = Vec::new();
        for part in s.split(';').map(str::trim) {
            let (days, times) = part.split_once(' ').ok_or_else(|| bad(part))?;
            let (from_day, to_day) = match days.split_once('-') {
                Some((a, b)) => (day(a), day(b)),
                None => (day(days), day(days)),
            };
            let (open, close) = times.trim().split_once('-').ok_or_else(|| bad(part))?;
            match (from_day, to_day, time(open), time(close)) {
                (Some(from_day), Some(to_day), Some(open), Some(close))
                    if from_day <= to_day && open < close =>
                {
                    ranges.push(HoursRange {
                        from_day,
                        to_day,
                        open,
                        close,
                    })
                }
                _ => return Err(bad(part)),
            }
        }
        Ok(Hours::Ranges(ranges))
    }
}

/// As written in the content files: `24/7`, `not-stated`, `Mon-Fri 09:00-16:30; Sat 10:00-14:00`.
impl fmt::Display for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Hours::Always => f.write_str("24/7"),
            Hours::NotStated => f.write_str("not-stated"),
            Hours::Ranges(ranges) => {
                for (i, r) in ranges.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    let day = |d: u8| DAYS[usize::from(d - 1)];
                    if r.from_day == r.to_day {
                        write!(f, "{} {}-{}", day(r.from_day), r.open, r.close)?;
                    } else {
                        write!(
                            f,
                            "{}-{} {}-{}",
                            day(r.from_day),
                            day(r.to_day),
                            r.open,
                            r.close
                        )?;
                    }
                }
                Ok(())
            }
        }
    }
}

impl<'de> Deserialize<'de> for Hours {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Hours, D::Error> {
        let s = String::deserialize(d)?;
        Hours::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Whether a caller in another country can reach a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reach {
    /// It can be dialled from abroad.
    Yes,
    /// It cannot (a free-phone or short number).
    No,
    /// The source does not say.
    NotStated,
}

/// As written in the content files: `yes`, `no`, `not-stated`.
impl fmt::Display for Reach {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Reach::Yes => "yes",
            Reach::No => "no",
            Reach::NotStated => "not-stated",
        })
    }
}

/// Who a contact is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// The people being helped.
    Victims,
    /// Police, case officers, social workers and other professionals.
    Professionals,
    /// Victims and professionals.
    Both,
    /// Anyone.
    Public,
}

/// What a country fact is. Each has a UI label `fact-<key>` in the locales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FactKey {
    /// The national coordinator or equivalent.
    NationalCoordinator,
    /// The national contact point for referrals.
    ContactPoint,
    /// Who formally identifies a victim.
    FormalIdentification,
    /// The recovery and reflection period.
    ReflectionPeriod,
    /// Residence permits for victims.
    ResidencePermit,
    /// Shelters and support.
    Shelter,
    /// A hotline.
    Hotline,
    /// An e-mail address.
    Email,
    /// A web site.
    Website,
    /// Who to contact about a return.
    ReturnContact,
    /// The law a fact rests on.
    LegalBasis,
    /// The emergency number.
    Emergency,
    /// The national rapporteur or equivalent mechanism.
    Rapporteur,
    /// Children: Barnahus, guardians, the return of children.
    Children,
    /// A return and reintegration programme.
    ReturnProgramme,
}

impl FactKey {
    /// Every key, in the order of this enum.
    pub const ALL: [FactKey; 15] = [
        FactKey::NationalCoordinator,
        FactKey::ContactPoint,
        FactKey::FormalIdentification,
        FactKey::ReflectionPeriod,
        FactKey::ResidencePermit,
        FactKey::Shelter,
        FactKey::Hotline,
        FactKey::Email,
        FactKey::Website,
        FactKey::ReturnContact,
        FactKey::LegalBasis,
        FactKey::Emergency,
        FactKey::Rapporteur,
        FactKey::Children,
        FactKey::ReturnProgramme,
    ];

    /// The key as written in files (`national-coordinator`).
    pub fn as_str(self) -> &'static str {
        match self {
            FactKey::NationalCoordinator => "national-coordinator",
            FactKey::ContactPoint => "contact-point",
            FactKey::FormalIdentification => "formal-identification",
            FactKey::ReflectionPeriod => "reflection-period",
            FactKey::ResidencePermit => "residence-permit",
            FactKey::Shelter => "shelter",
            FactKey::Hotline => "hotline",
            FactKey::Email => "email",
            FactKey::Website => "website",
            FactKey::ReturnContact => "return-contact",
            FactKey::LegalBasis => "legal-basis",
            FactKey::Emergency => "emergency",
            FactKey::Rapporteur => "rapporteur",
            FactKey::Children => "children",
            FactKey::ReturnProgramme => "return-programme",
        }
    }
}

impl fmt::Display for FactKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_the_epoch() {
        for days in [0, 11_016, 20_423, -1, 59, 60, 365 * 400] {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::from_days_since_epoch(20_423).to_string(),
            "2025-12-01"
        );
        assert_eq!(
            Date::from_days_since_epoch(11_016).to_string(),
            "2000-02-29"
        );
    }

    #[test]
    fn age_is_counted_from_the_end_of_what_the_source_says() {
        let today = Date::parse("2026-12-01").unwrap();
        assert!(!"2024".parse::<AsOf>().unwrap().is_older_than(24, today));
        assert!("2023".parse::<AsOf>().unwrap().is_older_than(24, today));
        assert!(!"2024-12".parse::<AsOf>().unwrap().is_older_than(24, today));
        assert!(!"2024-11-30"
            .parse::<AsOf>()
            .unwrap()
            .is_older_than(24, today));
        assert!("2024-10-31"
            .parse::<AsOf>()
            .unwrap()
            .is_older_than(24, today));
        assert!(!AsOf::Undated.is_older_than(24, today), "no known age");
    }

    #[test]
    fn as_of_refuses_what_is_not_a_date() {
        for bad in ["2024-13", "24", "last year", "2024-1", "2024-02-30x"] {
            assert!(bad.parse::<AsOf>().is_err(), "{bad}");
        }
    }

    #[test]
    fn only_https_addresses_parse() {
        assert!(HttpsUrl::parse("https://cmm.dk/english").is_ok());
        for bad in [
            "javascript:alert(1)",
            "http://cmm.dk",
            "https://",
            "https://a b",
            "https://x/\"onmouseover=",
            " https://cmm.dk",
            "data:text/html,x",
        ] {
            assert!(HttpsUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn phones_are_e164_or_short() {
        assert_eq!(
            Phone::parse("+4570202550").unwrap(),
            Phone::E164("+4570202550".into())
        );
        assert_eq!(Phone::parse("112").unwrap(), Phone::Short("112".into()));
        for bad in [
            "+45 70 20 25 50",
            "070202550",
            "+0123456",
            "11",
            "+12",
            "tel:112",
        ] {
            assert!(Phone::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn hours_parse_days_and_times() {
        assert_eq!(Hours::parse("24/7").unwrap(), Hours::Always);
        assert_eq!(
            Hours::parse("Mon-Fri 09:00-16:30; Sat 10:00-14:00").unwrap(),
            Hours::Ranges(vec![
                HoursRange {
                    from_day: 1,
                    to_day: 5,
                    open: "09:00".into(),
                    close: "16:30".into()
                },
                HoursRange {
                    from_day: 6,
                    to_day: 6,
                    open: "10:00".into(),
                    close: "14:00".into()
                },
            ])
        );
        for bad in [
            "weekdays",
            "Mon-Fri 9-17",
            "Fri-Mon 09:00-17:00",
            "Mon 17:00-09:00",
        ] {
            assert!(Hours::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn hours_are_written_back_as_the_content_files_write_them() {
        for text in [
            "24/7",
            "not-stated",
            "Mon-Fri 09:00-16:30; Sat 10:00-14:00",
            "Sun 08:00-20:00",
        ] {
            assert_eq!(Hours::parse(text).unwrap().to_string(), text);
        }
    }
}
