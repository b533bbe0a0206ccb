//! Guide packs end to end on real files with real signatures: build, verify, install, roll back,
//! what changed; every refusal with its exact message; and installs killed at random moments.
//! The keys are the test keys of `tests/keys/` (see its README): `test-trusted` is the one the
//! tests' programs trust.

use std::io::Write;
use std::path::{Path, PathBuf};

use fieldguide::content::{Date, Hours, Reach};
use fieldguide::pack::changes::{Changes, ContactState, FactState};
use fieldguide::pack::{self, BuildOptions, Limits, Store, Trust, TrustedKey};

use crate::fixture::GuideTest;

fn key(path: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/keys")
            .join(path),
    )
    .expect("test key")
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// What the tests' programs trust: `test-trusted` only.
fn trust() -> Trust {
    Trust::from_keys(&[TrustedKey {
        name: "test-trusted",
        public_key: leak(key("trusted/test-trusted.pub")),
    }])
    .expect("valid key")
}

fn today() -> Date {
    Date::parse("2026-12-01").unwrap()
}

/// The good fixture at `version`, with `edit` applied to its Swedish hotline's hours.
fn fixture(version: &str) -> GuideTest {
    GuideTest::good().edit(
        "guide-content/guide.toml",
        "version = \"0.0.1\"",
        &format!("version = \"{version}\""),
    )
}

fn options(summary: &str) -> BuildOptions {
    BuildOptions {
        summary: vec![summary.to_owned()],
        min_app_version: "0.1.0".into(),
        date: today(),
        endorsement: None,
    }
}

/// A pack of `guide` signed with the secret key at `key_path`.
fn build(guide: &GuideTest, key_path: &str, opts: BuildOptions) -> Vec<u8> {
    let (content, locales) = guide.guide_files();
    pack::build(content, locales, &key(key_path), None, opts)
        .expect("builds")
        .0
}

fn read(bytes: &[u8]) -> Result<pack::VerifiedPack, String> {
    pack::read(bytes, &trust(), &Limits::default()).map_err(|e| e.to_string())
}

#[test]
fn a_pack_is_built_verified_and_says_what_it_holds() {
    let bytes = build(
        &fixture("0.0.2"),
        "trusted/test-trusted.key",
        options("Swedish hotline hours corrected"),
    );
    assert!(bytes.starts_with(b"TRMPACK 1\nheader-bytes: "));
    let p = read(&bytes).expect("valid");
    assert_eq!(p.signer, "test-trusted");
    assert_eq!(p.key_id, "6347550E12D9F7FD");
    assert_eq!(p.manifest.guide_version, "0.0.2");
    assert_eq!(p.manifest.summary, ["Swedish hotline hours corrected"]);
    let guide = p.guide().expect("loads");
    assert_eq!(guide.content_hash(), p.manifest.content_hash);
    assert_eq!(guide.section_ids(), GuideTest::good().load().section_ids());
    // The same guide makes the same archive (deterministic), so a pack can be rebuilt and compared.
    let again = build(
        &fixture("0.0.2"),
        "trusted/test-trusted.key",
        options("Swedish hotline hours corrected"),
    );
    let archive = |b: &[u8]| b[b.len() - 2000..].to_vec();
    assert_eq!(archive(&bytes), archive(&again));
}

#[test]
fn a_pack_that_is_not_one_or_is_damaged_is_refused() {
    let good = build(&fixture("0.0.2"), "trusted/test-trusted.key", options("x"));
    assert_eq!(
        read(b"PK\x03\x04 a zip file").unwrap_err(),
        "this is not a guide pack: it does not start with 'TRMPACK 1' (an update is a .trmpack file made by `fieldguide pack build`)"
    );
    // Cut inside the header.
    assert_eq!(
        read(&good[..60]).unwrap_err(),
        "the pack is damaged: the file ends inside its header (truncated) (get the file again)"
    );
    // Cut inside the archive: the signature no longer matches.
    let cut = &good[..good.len() - 100];
    assert_eq!(
        read(cut).unwrap_err(),
        "the pack's signature does not match its content: it was changed or damaged after it was signed (get the file again from a trusted place)"
    );
    // One byte of the archive changed.
    let mut flipped = good.clone();
    let last = flipped.len() - 10;
    flipped[last] ^= 0x40;
    assert_eq!(read(&flipped).unwrap_err(), read(cut).unwrap_err());
}

/// The header of a pack file (its signature, and endorsement if any).
fn header_of(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(&bytes[..200]).into_owned();
    let n: usize = text.lines().nth(1).unwrap()["header-bytes: ".len()..]
        .parse()
        .unwrap();
    let start = "TRMPACK 1\n".len() + "header-bytes: \n".len() + n.to_string().len();
    String::from_utf8(bytes[start..start + n].to_vec()).unwrap()
}

/// `header` with line `index` (a minisign signature over a trusted comment, base64 of 64 bytes)
/// cut to its first 30 bytes.
fn cut_line(header: &str, index: usize) -> String {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut lines: Vec<String> = header.lines().map(str::to_owned).collect();
    let bytes = b64.decode(&lines[index]).unwrap();
    assert_eq!(
        bytes.len(),
        64,
        "line {index} of the header is a comment signature"
    );
    lines[index] = b64.encode(&bytes[..30]);
    lines.join("\n") + "\n"
}

#[test]
fn a_signature_or_endorsement_with_its_comment_signature_cut_is_refused_not_a_crash() {
    // minisign 0.9 reads the last line of a signature (over its trusted comment) at any length
    // and panics on a short one after the signature over the data has passed: anyone could have
    // crashed a program with a real pack so cut (found by the fuzz target `pack`).
    let good = build(&fixture("0.0.2"), "trusted/test-trusted.key", options("x"));
    let header = header_of(&good);
    assert_eq!(
        read(&with_header(&good, &cut_line(&header, 4))).unwrap_err(),
        "the pack is damaged: the signature's last line is not a 64-byte signature (get the file again)"
    );
    let rotated_pub = key("untrusted/test-rotated.pub");
    let endorsement = pack::endorse(&key("trusted/test-trusted.key"), None, &rotated_pub).unwrap();
    let mut opts = options("x");
    opts.endorsement = Some((rotated_pub, endorsement));
    let endorsed = build(&fixture("0.0.2"), "untrusted/test-rotated.key", opts);
    let header = header_of(&endorsed);
    let last = header.lines().count() - 1;
    assert_eq!(
        read(&with_header(&endorsed, &cut_line(&header, last))).unwrap_err(),
        "the pack is damaged: the endorsement's last line is not a 64-byte signature (get the file again)"
    );
}

/// The pack's header, with its signature replaced by `header` (for forging).
fn with_header(bytes: &[u8], header: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(&bytes[..200]).into_owned();
    let n: usize = text.lines().nth(1).unwrap()["header-bytes: ".len()..]
        .parse()
        .unwrap();
    let start = "TRMPACK 1\n".len() + "header-bytes: \n".len() + n.to_string().len();
    let archive = &bytes[start + n..];
    let mut out = format!("TRMPACK 1\nheader-bytes: {}\n{header}", header.len()).into_bytes();
    out.extend_from_slice(archive);
    out
}

#[test]
fn an_unsigned_pack_and_a_pack_signed_by_an_unknown_key_are_refused() {
    let good = build(&fixture("0.0.2"), "trusted/test-trusted.key", options("x"));
    assert_eq!(
        read(&with_header(&good, "")).unwrap_err(),
        "the pack is not signed (only signed packs are installed: ask for a signed one)"
    );
    let stranger = build(
        &fixture("0.0.2"),
        "untrusted/test-stranger.key",
        options("x"),
    );
    assert_eq!(
        read(&stranger).unwrap_err(),
        "the pack is signed by key 0A2356F8B160E316, which this program does not trust (trusted: 6347550E12D9F7FD (test-trusted))"
    );
    // A program that trusts no key says so.
    let none = pack::read(&good, &Trust::from_keys(&[]).unwrap(), &Limits::default()).unwrap_err();
    assert!(
        none.to_string()
            .ends_with("(trusted: none: this build trusts no key)"),
        "{none}"
    );
}

#[test]
fn a_new_key_endorsed_by_a_trusted_one_is_accepted_and_an_endorsement_by_a_stranger_is_not() {
    let rotated_pub = key("untrusted/test-rotated.pub");
    let endorsement = pack::endorse(&key("trusted/test-trusted.key"), None, &rotated_pub).unwrap();
    let mut opts = options("signed with the new key");
    opts.endorsement = Some((rotated_pub.clone(), endorsement));
    let p = read(&build(
        &fixture("0.0.2"),
        "untrusted/test-rotated.key",
        opts,
    ))
    .expect("endorsed");
    assert_eq!(p.signer, "key 8D1E07BD3673F631, endorsed by test-trusted");

    let forged = pack::endorse(&key("untrusted/test-stranger.key"), None, &rotated_pub).unwrap();
    let mut opts = options("x");
    opts.endorsement = Some((rotated_pub, forged));
    assert_eq!(
        read(&build(&fixture("0.0.2"), "untrusted/test-rotated.key", opts)).unwrap_err(),
        "the pack is signed by key 8D1E07BD3673F631, which this program does not trust (trusted: 6347550E12D9F7FD (test-trusted))"
    );
}

#[test]
fn a_pack_for_a_newer_program_is_refused() {
    let mut opts = options("x");
    opts.min_app_version = "99.0.0".into();
    assert_eq!(
        read(&build(&fixture("0.0.2"), "trusted/test-trusted.key", opts)).unwrap_err(),
        format!(
            "the pack needs version 99.0.0 of this program or newer; this is version {} (update the program first)",
            env!("CARGO_PKG_VERSION")
        )
    );
}

/// An entry of a forged archive: its path as written, its bytes, its kind.
type Entry<'a> = (&'a [u8], &'a [u8], tar::EntryType);

/// A pack whose archive is `entries` (path, content, kind) as written, signed by test-trusted:
/// what an attacker with the key could not make, but a compromised build machine or a bug could.
fn forged(entries: &[Entry<'_>]) -> Vec<u8> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut tar = tar::Builder::new(gz);
    for (path, bytes, kind) in entries {
        let mut h = tar::Header::new_old();
        h.as_old_mut().name[..path.len()].copy_from_slice(path);
        h.set_size(bytes.len() as u64);
        h.set_entry_type(*kind);
        h.set_mode(0o644);
        h.set_cksum();
        tar.append(&h, *bytes).unwrap();
    }
    let archive = tar.into_inner().unwrap().finish().unwrap();
    let sk = minisign::SecretKeyBox::from_string(&key("trusted/test-trusted.key"))
        .unwrap()
        .into_unencrypted_secret_key()
        .unwrap();
    let sig = minisign::sign(None, &sk, std::io::Cursor::new(&archive), None, None)
        .unwrap()
        .to_string();
    let header = format!("signature:\n{sig}");
    let mut out = format!("TRMPACK 1\nheader-bytes: {}\n{header}", header.len()).into_bytes();
    out.write_all(&archive).unwrap();
    out
}

#[test]
fn an_archive_that_could_escape_or_exhaust_the_machine_is_refused() {
    use tar::EntryType::{Block, Regular, Symlink};
    let m: &[u8] = b"format = 1";
    let cases: &[(&[Entry<'_>], &str)] = &[
        (&[(b"guide-content/../../evil", m, Regular)], "the pack is refused: 'guide-content/../../evil' leaves the pack's folder or has an empty part"),
        (&[(b"/etc/cron.d/evil", m, Regular)], "the pack is refused: '/etc/cron.d/evil' is not a relative path inside the pack"),
        (&[(b"guide-content/link", b"", Symlink)], "the pack is refused: 'guide-content/link' is not a plain file (links, devices and other special files are not allowed)"),
        (&[(b"guide-content/dev", b"", Block)], "the pack is refused: 'guide-content/dev' is not a plain file (links, devices and other special files are not allowed)"),
        (&[(b"guide-content/a.md", m, Regular), (b"guide-content/a.md", m, Regular)], "the pack is refused: 'guide-content/a.md' is in the archive twice"),
        (&[(b"other/x", m, Regular)], "the pack is refused: 'other/x' is not part of a guide (manifest.toml, guide-content/, locales/)"),
    ];
    for (entries, message) in cases {
        assert_eq!(read(&forged(entries)).unwrap_err(), *message);
    }
    // A compression bomb: 20 MB of zeros packs into a few kB.
    let zeros = vec![b'0'; 20 << 20];
    assert_eq!(
        read(&forged(&[(b"guide-content/big.md", &zeros, Regular)])).unwrap_err(),
        "the pack is refused: 'guide-content/big.md' unpacks to more than 16777216 bytes"
    );
    let four_mb = vec![b'0'; 4 << 20];
    assert_eq!(
        read(&forged(&[(b"guide-content/big.md", &four_mb, Regular)])).unwrap_err(),
        "the pack is refused: it unpacks to more than 100 times its size (a compression bomb)"
    );
    // Too many files (a limit lowered for the test).
    let many: Vec<(Vec<u8>, &[u8], tar::EntryType)> = (0..5)
        .map(|i| (format!("guide-content/{i}.md").into_bytes(), m, Regular))
        .collect();
    let many: Vec<(&[u8], &[u8], tar::EntryType)> = many
        .iter()
        .map(|(p, b, k)| (p.as_slice(), *b, *k))
        .collect();
    let limits = Limits {
        files: 4,
        ..Limits::default()
    };
    assert_eq!(
        pack::read(&forged(&many), &trust(), &limits)
            .unwrap_err()
            .to_string(),
        "the pack is refused: it has more than 4 files"
    );
}

#[test]
fn a_pack_whose_content_fails_the_gate_is_refused() {
    // Signed content with an error (a javascript: link): built past `pack build`'s own gate.
    let broken = fixture("0.0.2").edit(
        "guide-content/en/about.md",
        "The guide works without a network.",
        "[Open](javascript:alert(1))",
    );
    let (content, locales) = broken.guide_files();
    let mut entries: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    let guide = broken.load();
    let manifest = format!(
        "format = 1\nguide_version = \"0.0.2\"\ndate = 2026-12-01\ncontent_hash = \"{}\"\nmin_app_version = \"0.1.0\"\n",
        guide.content_hash()
    );
    entries.push((b"manifest.toml".to_vec(), manifest.into_bytes()));
    for (root, files) in [("guide-content", content), ("locales", locales)] {
        for (rel, text) in &files.entries {
            entries.push((
                format!("{root}/{rel}").into_bytes(),
                text.clone().unwrap().into_bytes(),
            ));
        }
    }
    let entries: Vec<Entry<'_>> = entries
        .iter()
        .map(|(p, b)| (p.as_slice(), b.as_slice(), tar::EntryType::Regular))
        .collect();
    let err = read(&forged(&entries)).unwrap_err();
    assert!(
        err.starts_with("the pack's content has ")
            && err.contains("link to 'javascript:alert(1)' is not allowed"),
        "{err}"
    );
    // And `pack build` refuses to make it in the first place.
    let (content, locales) = broken.guide_files();
    let refused = pack::build(
        content,
        locales,
        &key("trusted/test-trusted.key"),
        None,
        options("x"),
    )
    .unwrap_err();
    assert!(
        refused.to_string().starts_with("the pack's content has "),
        "{refused}"
    );
}

#[test]
fn installing_switches_the_guide_keeps_the_previous_one_and_refuses_going_back_by_accident() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let builtin = GuideTest::good().load();
    assert!(
        store.current().unwrap().is_none(),
        "nothing installed: the built-in guide"
    );

    let v2 = read(&build(
        &fixture("0.0.2"),
        "trusted/test-trusted.key",
        options("v2"),
    ))
    .unwrap();
    store.install(&v2, &builtin, today()).unwrap();
    let current = store.current().unwrap().expect("installed");
    assert_eq!(current.guide.version(), "0.0.2");
    assert_eq!(current.record.installed, today());

    // A correction of the Swedish hotline's hours: what changed names it, old → new.
    let corrected = fixture("0.0.3").edit(
        "guide-content/countries/se.toml",
        "hours = \"Mon-Fri 09:00-16:30\"",
        "hours = \"Mon-Fri 08:00-16:30\"",
    );
    let v3 = read(&build(
        &corrected,
        "trusted/test-trusted.key",
        options("hours corrected"),
    ))
    .unwrap();
    let record = store.install(&v3, &current.guide, today()).unwrap();
    assert_eq!(record.changes.facts.len(), 1, "{:?}", record.changes);
    let change = &record.changes.facts[0];
    assert_eq!(
        (change.country.as_str(), change.key.as_str(), change.index),
        ("se", "hotline", 0)
    );
    let hotline = |hours: &str| FactState::Value {
        value: "Support line for professionals (fixture)".into(),
        contact: Some(ContactState {
            local: "020-390 000".into(),
            international: Some("+46 20-390 000".into()),
            hours: Hours::parse(hours).unwrap(),
            abroad: Reach::No,
        }),
    };
    assert_eq!(change.old, Some(hotline("Mon-Fri 09:00-16:30")));
    assert_eq!(change.new, Some(hotline("Mon-Fri 08:00-16:30")));
    assert!(
        record.changes.sections.is_empty(),
        "no section text changed"
    );
    assert_eq!(store.current().unwrap().unwrap().guide.version(), "0.0.3");
    assert_eq!(store.previous().unwrap().manifest.guide_version, "0.0.2");

    // The same pack again, or an older one: refused (a replay or a downgrade), nothing changed.
    let in_use = store.current().unwrap().unwrap().guide;
    for old in [&v3, &v2] {
        assert_eq!(
            store.install(old, &in_use, today()).unwrap_err().to_string(),
            format!(
                "the pack holds guide version {}, which is not newer than the guide in use (0.0.3); to go back to a previous guide, use \"Go back to the previous guide\"",
                old.manifest.guide_version
            )
        );
    }
    assert_eq!(store.current().unwrap().unwrap().guide.version(), "0.0.3");

    // Going back, on purpose: 0.0.2 again, then (nothing before it) the built-in guide.
    assert_eq!(
        store
            .roll_back()
            .unwrap()
            .as_deref()
            .map(|f| f.starts_with("0.0.2-")),
        Some(true)
    );
    assert_eq!(store.current().unwrap().unwrap().guide.version(), "0.0.2");
}

/// The good fixture with its Swedish hotline's hours and reach no longer stated, and the
/// reflection period's "to verify" reworded.
fn unstated() -> GuideTest {
    fixture("0.0.3")
        .edit(
            "guide-content/countries/se.toml",
            "hours = \"Mon-Fri 09:00-16:30\"\nabroad = \"no\"",
            "hours = \"not-stated\"\nabroad = \"not-stated\"",
        )
        .edit(
            "guide-content/countries/se.toml",
            "to_verify = \"the current length in the Aliens Act\"",
            "to_verify = \"the length in the Aliens Act as amended\"",
        )
}

#[test]
fn what_changed_records_facts_as_data_the_ui_says_in_the_readers_language() {
    let old = GuideTest::good().load();
    let changes = Changes::between(&old, &unstated().load());
    let facts: Vec<_> = changes
        .facts
        .iter()
        .map(|f| (f.key.as_str(), f.index, f.old.clone(), f.new.clone()))
        .collect();
    let hotline = |hours: &str, abroad| FactState::Value {
        value: "Support line for professionals (fixture)".into(),
        contact: Some(ContactState {
            local: "020-390 000".into(),
            international: Some("+46 20-390 000".into()),
            hours: Hours::parse(hours).unwrap(),
            abroad,
        }),
    };
    let to_verify = |what: &str| FactState::ToVerify {
        to_verify: what.into(),
    };
    assert_eq!(
        facts,
        [
            (
                "reflection-period",
                0,
                Some(to_verify("the current length in the Aliens Act")),
                Some(to_verify("the length in the Aliens Act as amended")),
            ),
            (
                "hotline",
                0,
                Some(hotline("Mon-Fri 09:00-16:30", Reach::No)),
                Some(hotline("not-stated", Reach::NotStated)),
            ),
        ]
    );

    // On disk: the hours as the content files write them; read back the same.
    let text = toml::to_string(&changes).unwrap();
    assert!(text.contains("hours = \"Mon-Fri 09:00-16:30\""), "{text}");
    assert_eq!(toml::from_str::<Changes>(&text).unwrap(), changes);

    // To the UI: data it says with the country profile's messages, no English built in Rust.
    let mut guide = unstated().load();
    guide.set_changes(changes, today());
    let view = serde_json::to_value(guide.changes_view("bg")).unwrap();
    let hotline = &view["facts"][1];
    assert_eq!(hotline["key"], "hotline");
    assert_eq!(
        hotline["new"],
        serde_json::json!({"value": "Support line for professionals (fixture)", "contact": {
            "local": "020-390 000", "international": "+46 20-390 000",
            "hours": {"kind": "not-stated"}, "abroad": "not-stated"}})
    );
    assert_eq!(
        hotline["old"]["contact"]["hours"],
        serde_json::json!({"kind": "ranges", "ranges": [
            {"from_day": 1, "to_day": 5, "open": "09:00", "close": "16:30"}]})
    );
    assert_eq!(
        view["facts"][0]["new"],
        serde_json::json!({"to_verify": "the length in the Aliens Act as amended"})
    );
}

/// `path` in the installed guide in use of the folder of installed guides `dir`.
fn in_current(dir: &std::path::Path, path: &str) -> std::path::PathBuf {
    let folder = std::fs::read_to_string(dir.join("current")).unwrap();
    dir.join("versions").join(folder.trim()).join(path)
}

#[test]
fn a_change_list_recorded_by_an_older_version_still_loads() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let v3 = read(&build(
        &unstated(),
        "trusted/test-trusted.key",
        options("v3"),
    ))
    .unwrap();
    store
        .install(&v3, &GuideTest::good().load(), today())
        .unwrap();
    let record = in_current(dir.path(), "installed.toml");
    let rewrite = |edit: &dyn Fn(&mut toml::Value)| {
        let mut value: toml::Value =
            toml::from_str(&std::fs::read_to_string(&record).unwrap()).unwrap();
        edit(&mut value["changes"]["facts"][1]);
        std::fs::write(&record, toml::to_string(&value).unwrap()).unwrap();
    };

    // The previous version wrote each side as one line of English.
    let old_line = "Support line for professionals (fixture) — 020-390 000 (hours: Mon-Fri 09:00-16:30, from abroad: no)";
    let new_line = "Support line for professionals (fixture) — 020-390 000 (hours: not-stated, from abroad: not-stated)";
    rewrite(&|fact| {
        fact["old"] = old_line.into();
        fact["new"] = new_line.into();
    });
    let installed = store.current().unwrap().expect("installed");
    let facts = &installed.record.changes.facts;
    assert_eq!(facts.len(), 2);
    assert_eq!(facts[1].old, Some(FactState::Text(old_line.into())));
    assert_eq!(facts[1].new, Some(FactState::Text(new_line.into())));
    assert!(installed.record.changes.has_fact("se", facts[1].key, 0));
    let mut guide = installed.guide;
    guide.set_changes(installed.record.changes.clone(), today());
    let view = serde_json::to_value(guide.changes_view("fi")).unwrap();
    assert_eq!(view["facts"][1]["old"], old_line);

    // A list this version cannot read at all: no list, and the installed guide is still used.
    rewrite(&|fact| fact["old"] = toml::Value::Integer(42));
    let installed = store.current().unwrap().expect("still the installed guide");
    assert_eq!(installed.guide.version(), "0.0.3");
    assert_eq!(installed.record.changes, Changes::default());
}

#[test]
fn a_damaged_installed_guide_is_not_used() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let v2 = read(&build(
        &fixture("0.0.2"),
        "trusted/test-trusted.key",
        options("v2"),
    ))
    .unwrap();
    store
        .install(&v2, &GuideTest::good().load(), today())
        .unwrap();
    let file = in_current(dir.path(), "guide-content/countries/se.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("020-390 000", "020-390 001")).unwrap();
    let err = store.current().err().expect("refused").to_string();
    assert!(err.contains("was changed after it was installed"), "{err}");
}

/// A folder of installed guides with 0.0.2 installed, and the pack of 0.0.3, as files.
fn kill_setup(root: &Path) -> (PathBuf, PathBuf) {
    let base = root.join("base");
    let v2 = read(&build(
        &fixture("0.0.2"),
        "trusted/test-trusted.key",
        options("v2"),
    ))
    .unwrap();
    Store::new(&base)
        .install(&v2, &GuideTest::good().load(), today())
        .unwrap();
    let v3 = fixture("0.0.3").edit(
        "guide-content/en/about.md",
        "The guide works without a network.",
        "The guide works with no network at all.",
    );
    let pack = root.join("v3.trmpack");
    std::fs::write(&pack, build(&v3, "trusted/test-trusted.key", options("v3"))).unwrap();
    (base, pack)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

#[test]
fn an_install_killed_at_any_moment_leaves_the_old_guide_or_the_new_one() {
    let root = tempfile::tempdir().unwrap();
    let (base, pack) = kill_setup(root.path());
    let trusted = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/keys/trusted/test-trusted.pub");
    let install = |dir: &Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_fieldguide"))
            .args(["pack", "install"])
            .arg(&pack)
            .arg("--dir")
            .arg(dir)
            .arg("--trust")
            .arg(&trusted)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("fieldguide runs")
    };
    // How long an install takes here, to spread the kills over it.
    let probe = root.path().join("probe");
    copy_dir(&base, &probe);
    let started = std::time::Instant::now();
    assert!(
        install(&probe).wait().unwrap().success(),
        "an install that is not killed succeeds"
    );
    let span = started.elapsed().as_micros().max(1_000) as u64;
    assert_eq!(
        Store::new(&probe)
            .current()
            .unwrap()
            .unwrap()
            .guide
            .version(),
        "0.0.3"
    );

    let mut rng = 0x2545_f491_4f6c_dd1du64;
    let (mut old, mut new) = (0, 0);
    // The kills are spread over the time an install took in the probe; when the machine is busier
    // than it was then (the other tests run on the same cores), they can all fall on one side of
    // the switch: then the window is widened (or narrowed) and more runs follow.
    let mut span = span;
    let mut runs = 0;
    for round in 0..4 {
        let n = if round == 0 { 60 } else { 20 };
        for _ in 0..n {
            let i = runs;
            runs += 1;
            let dir = root.path().join(format!("run-{i}"));
            copy_dir(&base, &dir);
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            let delay = rng % span;
            let mut child = install(&dir);
            std::thread::sleep(std::time::Duration::from_micros(delay));
            let _ = child.kill(); // SIGKILL on Unix
            let _ = child.wait();
            let current = Store::new(&dir)
                .current()
                .unwrap_or_else(|e| panic!("run {i} (killed after {delay} µs): {e}"))
                .unwrap_or_else(|| panic!("run {i}: no guide installed"));
            let again = install(&dir).wait().unwrap().success();
            match current.guide.version() {
                // Whatever the interruption left, installing again completes...
                "0.0.2" => {
                    old += 1;
                    assert!(
                        again,
                        "run {i}: the install after the interrupted one fails"
                    );
                }
                // ...or, when the killed install had finished, is refused as a replay.
                "0.0.3" => {
                    new += 1;
                    assert!(!again, "run {i}: the same pack was installed twice");
                }
                other => panic!("run {i}: version {other}"),
            }
            assert_eq!(
                Store::new(&dir).current().unwrap().unwrap().guide.version(),
                "0.0.3"
            );
            std::fs::remove_dir_all(&dir).unwrap();
        }
        match (old, new) {
            (_, 0) => span *= 3,
            (0, _) => span = (span / 3).max(1_000),
            _ => break,
        }
    }
    println!("killed installs: {old} left the old guide, {new} the new one");
    assert_eq!(old + new, runs);
    assert!(runs >= 60);
    // The kills fell before and after the switch, not all on one side (or the test proves little).
    assert!(old > 0 && new > 0, "old {old}, new {new}");
}

#[test]
fn the_compiled_in_trust_of_this_build_is_what_keys_trusted_holds() {
    // This build (tests run with --all-features, so with test-keys) trusts the test key; a
    // release build trusts keys/trusted/ only, which holds none in this repository.
    let ids = Trust::compiled_in().ids();
    if cfg!(feature = "test-keys") {
        assert!(ids.contains("6347550E12D9F7FD (test-trusted)"), "{ids}");
    }
    assert!(
        !ids.contains("test-rotated") && !ids.contains("test-stranger"),
        "{ids}"
    );
}
