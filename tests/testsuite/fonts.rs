//! The fonts the app bundles for scripts a computer may lack (ui/fonts/fonts.toml): every
//! character of the guide's texts in those languages, in the font's script, is in the font — so
//! the leaflet in Arabic, Dari, Thai and Chinese has no missing glyph on a machine without those
//! fonts. A property of the real guide: it holds whatever the leaflets say, as long as the fonts
//! are remade (scripts/subset-fonts.py) when a leaflet gains a character.

use std::path::Path;

#[derive(serde::Deserialize)]
struct Manifest {
    font: Vec<Font>,
}

#[derive(serde::Deserialize)]
struct Font {
    file: String,
    languages: Vec<String>,
    ranges: Vec<[u32; 2]>,
}

#[test]
fn every_character_of_the_bundled_scripts_is_in_its_font() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest: Manifest = toml::from_str(
        &std::fs::read_to_string(root.join("ui/fonts/fonts.toml")).expect("ui/fonts/fonts.toml"),
    )
    .expect("fonts.toml parses");
    assert!(!manifest.font.is_empty());
    let mut missing = Vec::new();
    for font in &manifest.font {
        let data = std::fs::read(root.join("ui/fonts").join(&font.file)).expect("a bundled font");
        let face = ttf_parser::Face::parse(&data, 0).expect("a font ttf-parser reads");
        let mut checked = 0;
        for lang in &font.languages {
            let dir = root.join("guide-content").join(lang);
            let files =
                std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            for file in files {
                let path = file.expect("entry").path();
                let text = std::fs::read_to_string(&path).expect("text");
                for c in text.chars() {
                    let cp = u32::from(c);
                    if font.ranges.iter().any(|[lo, hi]| (*lo..=*hi).contains(&cp)) {
                        checked += 1;
                        if face.glyph_index(c).is_none() {
                            missing.push(format!(
                                "{} U+{cp:04X} '{c}' ({})",
                                font.file,
                                path.display()
                            ));
                        }
                    }
                }
            }
        }
        assert!(
            checked > 0,
            "{}: no text of {:?} in its ranges",
            font.file,
            font.languages
        );
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "characters missing from the bundled fonts (run scripts/subset-fonts.py):\n{}",
        missing.join("\n")
    );
}
