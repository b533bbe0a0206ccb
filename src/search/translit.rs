//! Folding: what a word looks like when typed on a plain Latin keyboard.
//!
//! Owns diacritic removal for the Latin letters of the guide's languages, German umlauts typed as
//! `ae oe ue`, and Cyrillic → Latin transliteration (Ukrainian national system, Bulgarian official
//! system). Pure functions on one lowercased word; tokenizing is [`super::analyzers`]' job.

/// Every folded spelling of one lowercased word, the primary one first, without duplicates.
///
/// - Latin letters lose their diacritics (`förundersökning` → `forundersokning`, `ł` → `l`,
///   `þ` → `th`, `ß` → `ss`); umlauts also fold the German way (`bedenkzeit`, `ä` → `ae`).
/// - Cyrillic is transliterated with the Ukrainian national system (`київ` → `kyiv`) and with the
///   Bulgarian official system (`жертва` → `zhertva`); where the two differ both are kept, because
///   a chunk's language is not known to a language-independent field and both are harmless.
pub fn fold_variants(word: &str) -> Vec<String> {
    if word.is_ascii() {
        // Most words of most chunks: nothing to fold.
        return if word.is_empty() {
            Vec::new()
        } else {
            vec![word.to_ascii_lowercase()]
        };
    }
    let mut out: Vec<String> = Vec::with_capacity(2);
    let mut push = |s: String| {
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
    };
    if word.chars().any(is_cyrillic) {
        push(fold_latin(&translit_uk(word), false));
        push(fold_latin(&translit_bg(word), false));
    } else {
        push(fold_latin(word, false));
        if word.chars().any(|c| matches!(c, 'ä' | 'ö' | 'ü')) {
            push(fold_latin(word, true));
        }
    }
    out
}

/// The primary folded spelling of one lowercased word (the first of [`fold_variants`]).
pub fn fold(word: &str) -> String {
    fold_variants(word).into_iter().next().unwrap_or_default()
}

/// Whether `c` is a Cyrillic letter (the Cyrillic and Cyrillic Supplement blocks).
pub fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

/// Whether `c` is a combining mark that belongs to the letter before it (NFD text, typed accents).
pub fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Removes the diacritics of Latin letters; `german` folds `ä ö ü` to `ae oe ue` instead of
/// `a o u`. Letters of other scripts pass through; combining marks are dropped.
fn fold_latin(word: &str, german: bool) -> String {
    let mut s = String::with_capacity(word.len());
    for c in word.chars() {
        let r: &str = match c {
            'ä' if german => "ae",
            'ö' if german => "oe",
            'ü' if german => "ue",
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'ă' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'č' => "c",
            'ď' | 'đ' | 'ð' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
            'ģ' | 'ğ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
            'ķ' => "k",
            'ļ' | 'ł' | 'ľ' | 'ĺ' => "l",
            'ñ' | 'ń' | 'ņ' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
            'œ' => "oe",
            'ŕ' | 'ř' => "r",
            'ś' | 'š' | 'ş' | 'ș' => "s",
            'ß' => "ss",
            'ť' | 'ţ' | 'ț' => "t",
            'þ' => "th",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            '\'' | '’' | 'ʼ' => "",
            c if is_combining(c) => "",
            c => {
                s.push(c);
                continue;
            }
        };
        s.push_str(r);
    }
    s
}

/// Ukrainian → Latin by Ukraine's national system (Cabinet of Ministers resolution no. 55 of
/// 27 January 2010): `київ` → `kyiv`, `харків` → `kharkiv`, `згорани` → `zghorany`. Word-initial
/// `є ї й ю я` are `ye yi y yu ya`, elsewhere `ie i i iu ia`; `зг` is `zgh`; `ь` and the
/// apostrophe vanish. Our own table: no crate implements this system.
pub fn translit_uk(word: &str) -> String {
    let mut s = String::with_capacity(word.len() * 2);
    let mut prev: Option<char> = None;
    for c in word.chars() {
        let initial = !matches!(prev, Some(p) if is_cyrillic(p) || matches!(p, '\'' | '’' | 'ʼ'));
        let r: &str = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' if prev == Some('з') => "gh",
            'г' => "h",
            'ґ' => "g",
            'д' => "d",
            'е' => "e",
            'є' if initial => "ye",
            'є' => "ie",
            'ж' => "zh",
            'з' => "z",
            'и' => "y",
            'і' => "i",
            'ї' if initial => "yi",
            'ї' => "i",
            'й' if initial => "y",
            'й' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ь' | '\'' | '’' | 'ʼ' => "",
            'ю' if initial => "yu",
            'ю' => "iu",
            'я' if initial => "ya",
            'я' => "ia",
            // Russian letters that turn up in names and mixed text.
            'ы' => "y",
            'э' => "e",
            'ё' => "io",
            'ъ' => "",
            c => {
                s.push(c);
                prev = Some(c);
                continue;
            }
        };
        s.push_str(r);
        prev = Some(c);
    }
    s
}

/// Bulgarian → Latin by the official Streamlined System (Transliteration Act 2009):
/// `щ` → `sht`, `ъ` → `a`, `ь` → `y`, `ц` → `ts`, `х` → `h`, and a word-final `ия` → `ia`
/// (`жертва` → `zhertva`, `българия` → `bulgaria`). Our own table of the act's 30 letters.
pub fn translit_bg(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut s = String::with_capacity(word.len() * 2);
    for (i, &c) in chars.iter().enumerate() {
        let last = i + 1 == chars.len();
        let r: &str = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "sht",
            'ъ' => "a",
            'ь' => "y",
            'ю' => "yu",
            'я' if last && i > 0 && chars[i - 1] == 'и' => "a",
            'я' => "ya",
            // Ukrainian and Russian letters in Bulgarian text (names), so nothing is left raw.
            'і' | 'ї' => "i",
            'є' => "ye",
            'ґ' => "g",
            'ы' => "y",
            'э' => "e",
            'ё' => "yo",
            c => {
                s.push(c);
                continue;
            }
        };
        s.push_str(r);
    }
    s
}

/// Most Cyrillic spellings [`cyrillic_spellings`] gives for one word.
const MAX_SPELLINGS: usize = 16;

/// Latin letters → the Cyrillic letters they stand for in a Ukrainian word typed on a Latin
/// keyboard: the national system ([`translit_uk`]) backwards, longest first, the usual spelling
/// first, with the informal ones people also type (`g` for `г`, `ya` inside a word); the letters
/// both languages read alike are in [`LATIN_BOTH`].
const LATIN_UK: &[(&str, &[&str])] = &[
    ("shch", &["щ"]),
    ("zgh", &["зг"]),
    ("zh", &["ж"]),
    ("kh", &["х"]),
    ("ts", &["ц"]),
    ("ch", &["ч"]),
    ("sh", &["ш"]),
    ("ya", &["я"]),
    ("yu", &["ю"]),
    ("ye", &["є"]),
    ("yi", &["ий", "ї"]),
    ("ia", &["я", "ія"]),
    ("iu", &["ю"]),
    ("ie", &["є", "іе"]),
    ("a", &["а"]),
    ("h", &["г"]),
    ("g", &["г", "ґ"]),
    ("y", &["и", "й"]),
    ("i", &["і", "ї", "й"]),
    ("u", &["у"]),
    ("j", &["й"]),
];

/// Latin letters that stand for one Cyrillic letter, the same in Ukrainian and Bulgarian (after
/// each language's own table).
const LATIN_BOTH: &[(&str, &[&str])] = &[
    ("b", &["б"]),
    ("v", &["в"]),
    ("d", &["д"]),
    ("e", &["е"]),
    ("z", &["з"]),
    ("k", &["к"]),
    ("l", &["л"]),
    ("m", &["м"]),
    ("n", &["н"]),
    ("o", &["о"]),
    ("p", &["п"]),
    ("r", &["р"]),
    ("s", &["с"]),
    ("t", &["т"]),
    ("f", &["ф"]),
    ("c", &["ц"]),
    ("w", &["в"]),
    ("x", &["кс"]),
    ("q", &["к"]),
];

/// The same for a Bulgarian word: the Streamlined System ([`translit_bg`]) backwards (`a` is
/// also `ъ`, `y` also `ъ` and `ь`), with the informal `iu` (`ю`, or `ию` with its `y` left
/// out: `priut`), `kh` and `u` for `ъ`.
const LATIN_BG: &[(&str, &[&str])] = &[
    ("sht", &["щ"]),
    ("dzh", &["дж"]),
    ("zh", &["ж"]),
    ("kh", &["х"]),
    ("ts", &["ц"]),
    ("ch", &["ч"]),
    ("sh", &["ш"]),
    ("dz", &["дз"]),
    ("yu", &["ю"]),
    ("ya", &["я"]),
    ("iu", &["ю", "ию"]),
    ("ia", &["ия", "я"]),
    ("a", &["а", "ъ"]),
    ("g", &["г"]),
    ("i", &["и"]),
    ("y", &["й", "ъ", "ь"]),
    ("u", &["у", "ъ"]),
    ("h", &["х"]),
    ("j", &["й", "дж"]),
];

/// The Cyrillic words a lowercased Latin `word` may be, typed by someone writing Ukrainian
/// (`lang` `uk`) or Bulgarian (`bg`) on a Latin keyboard: `prytulok` → `притулок`,
/// `razmisal` → `размисъл` among others. Transliteration loses letters apart (`і ї й` are all
/// `i` in Ukrainian, `а ъ` both `a` in Bulgarian), so there are several; the caller keeps those
/// the index has. The usual reading comes first, then readings that differ towards the end of
/// the word (where endings are), at most 16. Empty for another language, or a
/// word that is not all Latin letters.
pub fn cyrillic_spellings(word: &str, lang: &str) -> Vec<String> {
    let table = match lang {
        "uk" => LATIN_UK,
        "bg" => LATIN_BG,
        _ => return Vec::new(),
    };
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    let mut out = Vec::new();
    spell(word, table, &mut String::new(), &mut out);
    out
}

/// Depth first over the readings of `rest`, appending to `done`: the usual reading of each
/// letter first, so that the first word found is the usual one.
fn spell(rest: &str, table: &[(&str, &[&str])], done: &mut String, out: &mut Vec<String>) {
    if out.len() >= MAX_SPELLINGS {
        return;
    }
    if rest.is_empty() {
        if !out.contains(done) {
            out.push(done.clone());
        }
        return;
    }
    let letters = table.iter().chain(LATIN_BOTH);
    for (latin, cyrillic) in letters.filter(|(latin, _)| rest.starts_with(latin)) {
        for c in *cyrillic {
            let len = done.len();
            done.push_str(c);
            spell(&rest[latin.len()..], table, done, out);
            done.truncate(len);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_words_read_back_as_ukrainian_and_bulgarian() {
        // The usual reading first.
        assert_eq!(cyrillic_spellings("prytulok", "uk")[0], "притулок");
        assert_eq!(
            cyrillic_spellings("postrazhdalykh", "uk")[0],
            "постраждалих"
        );
        assert_eq!(cyrillic_spellings("dlia", "uk")[0], "для");
        assert_eq!(cyrillic_spellings("zhertvi", "bg")[0], "жертви");
        // What transliteration made the same is among the readings.
        assert!(cyrillic_spellings("razmisal", "bg").contains(&"размисъл".to_owned()));
        assert!(cyrillic_spellings("priut", "bg").contains(&"приют".to_owned()));
        assert!(cyrillic_spellings("kyiv", "uk").contains(&"київ".to_owned()));
        assert!(cyrillic_spellings("postrazhdalyi", "uk").contains(&"постраждалий".to_owned()));
        // Every reading transliterates back to the word (the national systems' spellings).
        for (word, lang) in [("zghorany", "uk"), ("shchastia", "uk"), ("balgaria", "bg")] {
            let readings = cyrillic_spellings(word, lang);
            assert!(!readings.is_empty() && readings.len() <= MAX_SPELLINGS);
            let back = |r: &String| {
                if lang == "uk" {
                    translit_uk(r)
                } else {
                    translit_bg(r)
                }
            };
            assert!(
                readings.iter().any(|r| back(r) == word),
                "{word}: {readings:?}"
            );
        }
        // Nothing for other languages, other scripts, digits.
        assert!(cyrillic_spellings("prytulok", "pl").is_empty());
        assert!(cyrillic_spellings("притулок", "uk").is_empty());
        assert!(cyrillic_spellings("112", "bg").is_empty());
    }

    #[test]
    fn ukrainian_national_system() {
        assert_eq!(translit_uk("київ"), "kyiv");
        assert_eq!(translit_uk("харків"), "kharkiv");
        assert_eq!(translit_uk("згорани"), "zghorany");
        assert_eq!(translit_uk("житомир"), "zhytomyr");
        assert_eq!(translit_uk("гора"), "hora");
        assert_eq!(translit_uk("щастя"), "shchastia");
        assert_eq!(translit_uk("єнакієве"), "yenakiieve");
        assert_eq!(translit_uk("їжакевич"), "yizhakevych");
        assert_eq!(translit_uk("короп'є"), "koropie");
        assert_eq!(translit_uk("юрій"), "yurii");
        assert_eq!(translit_uk("торгівля"), "torhivlia");
        assert_eq!(translit_uk("жертва"), "zhertva");
    }

    #[test]
    fn bulgarian_official_system() {
        assert_eq!(translit_bg("жертва"), "zhertva");
        assert_eq!(translit_bg("българия"), "balgaria");
        assert_eq!(translit_bg("софия"), "sofia");
        assert_eq!(translit_bg("щастие"), "shtastie");
        assert_eq!(translit_bg("трафик"), "trafik");
        assert_eq!(translit_bg("юрий"), "yuriy");
    }

    #[test]
    fn latin_diacritics_and_german_umlauts() {
        assert_eq!(fold("förundersökning"), "forundersokning");
        assert_eq!(fold("jämställdhetsmyndigheten"), "jamstalldhetsmyndigheten");
        assert_eq!(fold_variants("bedenkzeit"), vec!["bedenkzeit"]);
        assert_eq!(
            fold_variants("bedürfnisse"),
            vec!["bedurfnisse", "beduerfnisse"]
        );
        assert_eq!(fold("straße"), "strasse");
        assert_eq!(fold("pārdomu"), "pardomu");
        assert_eq!(fold("ofiarą"), "ofiara");
        assert_eq!(fold("łódź"), "lodz");
        assert_eq!(fold("þolandi"), "tholandi");
        assert_eq!(fold("refleksjonsperiode"), "refleksjonsperiode");
        assert_eq!(fold("victimă"), "victima");
        assert_eq!(fold("ședere"), "sedere");
        assert_eq!(fold("a\u{0301}"), "a");
    }

    #[test]
    fn cyrillic_keeps_both_systems_where_they_differ() {
        assert_eq!(fold_variants("жертва"), vec!["zhertva"]);
        assert_eq!(fold_variants("гора"), vec!["hora", "gora"]);
    }
}
