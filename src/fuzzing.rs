//! Entry points for the fuzz targets (cargo feature `fuzzing`; see `fuzz/` and README.md's
//! "Fuzzing").
//!
//! Each function takes arbitrary bytes, runs them through one parser of outside input the way
//! the program does, and returns nothing: what it must never do is panic, hang or exhaust memory.
//! The `cargo fuzz` targets in `fuzz/fuzz_targets/` and the stable regression test
//! (`tests/testsuite/fuzz_corpus.rs`, which replays the committed corpora) call exactly these
//! functions, so a crash the fuzzer found stays fixed.
//!
//! Not for programs: the feature compiles in the test key of `tests/keys/trusted/` (for
//! [`pack`]), and builds that officers use never enable it.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::content::Date;
use crate::files::Files;
use crate::i18n::Locales;
use crate::pack::{Limits, Trust, TrustedKey};
use crate::search::{Document, Scope, SearchIndex, SearchOptions};
use crate::Guide;

/// The day the guide is read on in every target, so a run does not depend on the clock.
const TODAY: &str = "2026-12-01";

/// The bytes as the loaders get them: text, or why a file is not (it is not UTF-8).
fn text_of(data: &[u8]) -> Result<String, String> {
    String::from_utf8(data.to_vec()).map_err(|_| "it is not UTF-8 text".to_owned())
}

/// `id` when it can name a file and a section of the tiny guides built here, else `fallback`.
fn slug_or<'a>(id: Option<&'a str>, fallback: &'a str) -> &'a str {
    id.filter(|id| crate::content::is_slug(id) && id.len() <= 64)
        .unwrap_or(fallback)
}

fn files(entries: &[(&str, Result<String, String>)]) -> Files {
    let mut files = Files::default();
    for (path, text) in entries {
        files.entries.insert((*path).to_owned(), text.clone());
    }
    files
}

fn manifest(sections: &[&str], roles: &str) -> String {
    let sections: Vec<String> = sections.iter().map(|s| format!("\"{s}\"")).collect();
    format!(
        "version = \"0.0.1\"\nsource_language = \"en\"\nsections = [{}]\n\n\
         [[languages]]\ncode = \"en\"\nname = \"English\"\ndir = \"ltr\"\n\n\
         [[languages]]\ncode = \"sv\"\nname = \"Svenska\"\ndir = \"ltr\"\n\n{roles}",
        sections.join(", ")
    )
}

const LOCALE_EN: &str = include_str!("../tests/fixtures/referral/locales/en/app.ftl");
const LOCALE_SV: &str = include_str!("../tests/fixtures/referral/locales/sv/app.ftl");

fn locales() -> Files {
    files(&[
        ("en/app.ftl", Ok(LOCALE_EN.to_owned())),
        ("sv/app.ftl", Ok(LOCALE_SV.to_owned())),
    ])
}

fn load(content: &Files) -> Option<Guide> {
    let mut guide = Guide::from_files(content, "guide-content", &locales(), "locales").ok()?;
    guide.set_today(Date::parse(TODAY).expect("TODAY is a date"));
    Some(guide)
}

/// The section id of a section file's front matter, if it has one (only to name the file).
fn sniff_section_id(text: &str) -> Option<String> {
    let rest = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .strip_prefix("+++")?;
    let front = &rest[..rest.find("\n+++").unwrap_or(rest.len())];
    let table: toml::Table = toml::from_str(front).ok()?;
    table.get("id")?.as_str().map(str::to_owned)
}

/// A section file (front matter and Markdown) through what a guide load and a reader do with it:
/// the file is section `<id>` (its front matter's id where that is a valid id) in English and,
/// the same text, in Swedish; the guide is loaded, and the section is read as HTML, as slides,
/// as the glossary, as search documents and through the content gate (`check`).
pub fn render(data: &[u8]) {
    let text = text_of(data);
    let sniffed = text.as_deref().ok().and_then(sniff_section_id);
    let id = slug_or(sniffed.as_deref(), "section");
    let content = files(&[
        (
            "guide.toml",
            Ok(manifest(&[id], &format!("[roles]\nglossary = \"{id}\"\n"))),
        ),
        (&format!("en/{id}.md"), text.clone()),
        (&format!("sv/{id}.md"), text),
    ]);
    let Some(guide) = load(&content) else {
        return;
    };
    for lang in ["en", "sv"] {
        let _ = guide.toc(lang);
        let _ = guide.section(lang, id);
        let _ = guide.slides(lang, id);
        let _ = guide.glossary(lang);
    }
    let _ = guide.search_documents();
    let _ = guide.stats();
    let _ = guide.check();
}

/// A country's measure section and its profile, and the steps of the referral view, for
/// [`country`].
const REFERRAL: &str =
    "[[steps]]\nsection = \"return\"\nanchors = [\"do-now\"]\nprofile = \"Return\"\n\
here = [\"emergency\", \"hotline\", \"contact-point\", \"return-contact\", \"shelter\"]\n\
origin = [\"return-contact\", \"hotline\", \"shelter\", \"reflection-period\"]\n";
const RETURN_EN: &str = include_str!("../tests/fixtures/referral/guide-content/en/return.md");
const COUNTRY_SE: &str = include_str!("../tests/fixtures/referral/guide-content/countries/se.toml");
const COUNTRY_SE_EN: &str =
    include_str!("../tests/fixtures/referral/guide-content/en/country-se.md");

/// A country file (`countries/<cc>.toml`) through a guide load and every view of its facts: the
/// file is `<code>.toml` (its own `code` where that is a valid id) beside Sweden's, in a guide
/// with one measure; the guide is loaded (the facts typed: E.164 and short numbers, https
/// sources, dates, hours) and the country is shown, in a referral from and to Sweden and to
/// itself, in the search documents and through the content gate.
pub fn country(data: &[u8]) {
    let text = text_of(data);
    let table: Option<toml::Table> = text.as_deref().ok().and_then(|t| toml::from_str(t).ok());
    let field =
        |name: &str| -> Option<String> { Some(table.as_ref()?.get(name)?.as_str()?.to_owned()) };
    let (code, section) = (field("code"), field("section"));
    let code = slug_or(code.as_deref(), "zz");
    let section = slug_or(section.as_deref(), "country-zz");
    let mut sections = vec!["return", "country-se"];
    if !sections.contains(&section) {
        sections.push(section);
    }
    let profile = format!(
        "+++\nid = \"{section}\"\ntitle = \"Zedland\"\nsummary = \"A country.\"\nstatus = \"written\"\n+++\n\nAbout it.\n\n## Return\n\nWhat happens.\n"
    );
    let mut entries = vec![
        ("guide.toml".to_owned(), Ok(manifest(&sections, ""))),
        ("referral.toml".to_owned(), Ok(REFERRAL.to_owned())),
        ("en/return.md".to_owned(), Ok(RETURN_EN.to_owned())),
        ("en/country-se.md".to_owned(), Ok(COUNTRY_SE_EN.to_owned())),
        ("countries/se.toml".to_owned(), Ok(COUNTRY_SE.to_owned())),
    ];
    if sections.len() == 3 {
        entries.push((format!("en/{section}.md"), Ok(profile)));
    }
    // The input replaces Sweden's file when it claims to be Sweden.
    entries.retain(|(path, _)| *path != format!("countries/{code}.toml"));
    entries.push((format!("countries/{code}.toml"), text));
    let entries: Vec<(&str, Result<String, String>)> = entries
        .iter()
        .map(|(path, text)| (path.as_str(), text.clone()))
        .collect();
    let Some(guide) = load(&files(&entries)) else {
        return;
    };
    for lang in ["en", "sv"] {
        let _ = guide.country(code, lang);
        let _ = guide.countries(lang);
        let _ = guide.section(lang, section);
        let _ = guide.referral(lang, code, Some("se"));
        let _ = guide.referral(lang, "se", Some(code));
        let _ = guide.referral(lang, code, Some(code));
        let _ = guide.referral(lang, code, None);
    }
    let _ = guide.search_documents();
    let _ = guide.check();
}

/// The languages [`query`] searches in: every language of the guide, a region tag, one the index
/// has no analyzer for, and none.
const QUERY_LANGS: &[&str] = &[
    "en", "sv", "da", "nb", "fi", "is", "et", "lv", "lt", "pl", "de", "bg", "ro", "uk", "ru", "vi",
    "zh-Hans", "th", "ar", "fa-AF", "sv-SE", "xx", "",
];

/// The search fixtures' documents (tests/fixtures/search/), and the rights leaflet's title and
/// summary in the languages those have none in.
const QUERY_DOCS: &[&str] = &[
    include_str!("../tests/fixtures/search/bg.json"),
    include_str!("../tests/fixtures/search/da.json"),
    include_str!("../tests/fixtures/search/de.json"),
    include_str!("../tests/fixtures/search/en.json"),
    include_str!("../tests/fixtures/search/et.json"),
    include_str!("../tests/fixtures/search/fi.json"),
    include_str!("../tests/fixtures/search/is.json"),
    include_str!("../tests/fixtures/search/lt.json"),
    include_str!("../tests/fixtures/search/lv.json"),
    include_str!("../tests/fixtures/search/nb.json"),
    include_str!("../tests/fixtures/search/pl.json"),
    include_str!("../tests/fixtures/search/ro.json"),
    include_str!("../tests/fixtures/search/sv.json"),
    include_str!("../tests/fixtures/search/uk.json"),
];

const LEAFLETS: &[(&str, &str, &str)] = &[
    ("ru", "Ваши права: памятка для вас", "Короткая памятка простым языком для человека, который мог пострадать от торговли людьми: вас не должны наказывать за то, что вас заставили сделать; можно отдохнуть и подумать; можно получить жильё, врача, переводчика и адвоката; о полиции решаете вы; номер экстренной помощи — 112 (в Украине — 102)."),
    ("zh-Hans", "您的权利：写给您的说明", "一份简短、好懂的说明，写给可能遭受了人口贩运的人：您不应该因为被迫做的事而受到惩罚；您可以休息和考虑；您可以得到住的地方、医生、翻译和律师；要不要找警察由您决定；紧急电话是112（在乌克兰是102）。"),
    ("th", "สิทธิของคุณ: แผ่นพับสำหรับคุณ", "แผ่นพับสั้น ๆ ภาษาง่าย สำหรับคนที่อาจเป็นผู้เสียหายจากการค้ามนุษย์: คุณไม่ควรถูกลงโทษเพราะสิ่งที่คุณถูกบังคับให้ทำ คุณพักและคิดได้ คุณได้ที่พัก หมอ ล่าม และทนายความ คุณตัดสินใจเองเรื่องตำรวจ และเบอร์ฉุกเฉินคือ 112 (ในยูเครนคือ 102)"),
    ("ar", "حقوقك: ورقة معلومات لك", "ورقة قصيرة بلغة بسيطة لشخص ربما وقع ضحية للاتجار بالبشر: لا ينبغي أن تُعاقَب على ما أُجبرت على فعله، ويمكنك أن ترتاح وتفكر، ويمكنك الحصول على مكان للإقامة وطبيب ومترجم ومحامٍ، والقرار لك بشأن الشرطة، ورقم الطوارئ هو 112 (في أوكرانيا 102)."),
    ("fa-AF", "حقوق شما: ورق معلوماتی برای شما", "یک ورق کوتاه به زبان ساده برای کسی که شاید قربانی قاچاق انسان (فریب، کار اجباری یا بهره‌کشی) شده باشد: نباید شما را برای کارهایی که مجبور بودید بکنید جزا بدهند؛ می‌توانید استراحت کنید و فکر کنید؛ جای ماندن، داکتر، ترجمان و وکیل می‌گیرید؛ درباره پولیس خودتان تصمیم می‌گیرید؛ و 112 (در اوکراین 102) شماره عاجل است."),
    ("vi", "Quyền của bạn: tờ thông tin dành cho bạn", "Tờ thông tin ngắn, dễ hiểu cho người có thể đã bị mua bán, bị ép làm việc hoặc bị bóc lột: người ta không nên phạt bạn vì những việc bạn bị ép phải làm; bạn có thể nghỉ ngơi và suy nghĩ; bạn có thể có chỗ ở, bác sĩ, người phiên dịch và luật sư; bạn tự quyết định về việc nói chuyện với cảnh sát; số gọi khẩn cấp là 112 (ở Ukraina là 102)."),
];

/// The index [`query`] searches, built once: a few chunks in every language, a country profile
/// and a glossary term.
fn query_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut docs: Vec<Document> = QUERY_DOCS
            .iter()
            .flat_map(|json| {
                serde_json::from_str::<Vec<Document>>(json).expect("the search fixtures parse")
            })
            .collect();
        let doc = |section: &str, lang: &str, anchor: &str, title: &str, body: &str| Document {
            section: section.to_owned(),
            lang: lang.to_owned(),
            anchor: anchor.to_owned(),
            title: title.to_owned(),
            heading: String::new(),
            breadcrumbs: vec![title.to_owned()],
            body: body.to_owned(),
            summary: body.to_owned(),
            keywords: Vec::new(),
            scope: Scope::General,
        };
        for (lang, title, summary) in LEAFLETS {
            docs.push(doc("rights-leaflet", lang, "", title, summary));
        }
        let mut sweden = doc(
            "country-se",
            "en",
            "",
            "Sweden",
            "The Swedish Migration Agency (Migrationsverket) decides on a reflection period of 30 days.",
        );
        sweden.keywords = vec!["Sverige".into(), "Migrationsverket".into(), "+46 20-390 000".into()];
        sweden.scope = Scope::Country;
        docs.push(sweden);
        let mut term = doc(
            "glossary",
            "en",
            "trafficking-in-human-beings",
            "Glossary",
            "Recruitment, transport or harbouring of persons by force or deception for exploitation.",
        );
        term.heading = "Trafficking in human beings".into();
        term.scope = Scope::Glossary;
        docs.push(term);
        SearchIndex::build(&docs).expect("the fuzzing index builds")
    })
}

/// A search query through the query planner and snippets, over a fixed index of chunks in 20
/// languages: the first byte picks the reader's language (one of 23: every language of the guide,
/// `sv-SE`, `xx` that no analyzer knows, and none), the second whether every language is listed
/// (bit 0) and the most hits (the rest), the remaining bytes are the query (as UTF-8, lossily, as
/// a URL or IPC string would arrive). Panics when search answers "search failed": [`SearchIndex::search`] turns a panic or
/// an error inside into that notice, which would hide it from the fuzzer and the tests.
pub fn query(data: &[u8]) {
    let (lang, flags, query) = match data {
        [lang, flags, rest @ ..] => (*lang, *flags, String::from_utf8_lossy(rest)),
        _ => (0, 0, String::from_utf8_lossy(data)),
    };
    let opts = SearchOptions {
        lang: QUERY_LANGS[usize::from(lang) % QUERY_LANGS.len()].to_owned(),
        all_languages: flags & 1 == 1,
        limit: usize::from(flags >> 1),
    };
    let _ = crate::search::analyze(&opts.lang, &query);
    let results = query_index().search(&query, &opts);
    if let Some(notice) = &results.notice {
        assert_ne!(
            notice.id, "search-notice-failed",
            "search failed on {query:?} ({opts:?})"
        );
    }
}

/// The key the packs of [`pack`]'s corpus are signed with (tests/keys/trusted/).
const TEST_KEY: TrustedKey = TrustedKey {
    name: "test-trusted",
    public_key: include_str!("../tests/keys/trusted/test-trusted.pub"),
};

/// A pack file through the pack reader, trusting the test key: [`crate::pack::read`] as a
/// program reads a pack; then, since a changed byte breaks the signature and a fuzzer never
/// signs, the steps after the signature on the same archive as if it had passed: the archive's
/// entries and limits, the manifest, the guide load and the content gate. Input that is not a
/// pack at all is taken as a tar archive and gzip'd first, so the fuzzer reaches the tar reader
/// directly. The limits are smaller than a program's so that a run stays fast.
pub fn pack(data: &[u8]) {
    static TRUST: OnceLock<Trust> = OnceLock::new();
    let trust = TRUST.get_or_init(|| Trust::from_keys(&[TEST_KEY]).expect("the test key reads"));
    let limits = Limits {
        file_bytes: 4 << 20,
        header_bytes: 16 << 10,
        files: 200,
        unpacked_bytes: 8 << 20,
        file_unpacked_bytes: 2 << 20,
        ratio: 100,
    };
    let _ = crate::pack::read(data, trust, &limits);
    let archive = match crate::pack::split(data, &limits) {
        Ok((_, archive)) => archive.to_vec(),
        Err(_) => {
            use std::io::Write;
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(data).expect("writes to memory");
            gz.finish().expect("writes to memory")
        }
    };
    let opened = crate::pack::open(&archive, &limits, "fuzz".into(), "fuzz".into());
    if let Ok(pack) = opened {
        let _ = pack.guide();
    }
}

/// A Fluent file (`locales/<lang>/app.ftl`) through the UI strings' loader and formatter: as the
/// English (fallback) locale alone, as the English one beside a Swedish one that lacks most of
/// its messages, and as the Swedish one beside a complete English one; every message is
/// formatted with and without arguments, and the locales are checked.
pub fn fluent(data: &[u8]) {
    let text = text_of(data);
    let args = BTreeMap::from([
        ("count".to_owned(), "3".to_owned()),
        ("n".to_owned(), "1".to_owned()),
        ("name".to_owned(), "Zedland".to_owned()),
        ("reason".to_owned(), "it failed".to_owned()),
    ]);
    let languages = ["en".to_owned(), "sv".to_owned()];
    for locale_files in [
        files(&[("en/app.ftl", text.clone())]),
        files(&[
            ("en/app.ftl", text.clone()),
            ("sv/app.ftl", Ok(LOCALE_SV.to_owned())),
        ]),
        files(&[
            ("en/app.ftl", Ok(LOCALE_EN.to_owned())),
            ("sv/app.ftl", text),
        ]),
    ] {
        let (locales, _) = Locales::load(&locale_files, "locales", "en");
        for lang in &languages {
            let messages = locales.messages(lang);
            for id in messages.messages.keys() {
                let _ = locales.format(lang, id, &args);
                let _ = locales.format(lang, id, &BTreeMap::new());
            }
            let _ = locales.coverage(lang);
        }
        let _ = locales.check(&languages);
        let _ = locales.negotiate(&["sv-SE".to_owned(), "en".to_owned()]);
    }
}
