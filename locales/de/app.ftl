# TRM Field Guide — user interface strings, German (Deutsch).
# Translated from locales/en/app.ftl. Every message of the English file must be here: `fieldguide check` enforces it.
# Plural categories (CLDR, de): one, other.
# Where a country or language name is inserted, the sentence is phrased so that it is grammatical for every
# value ("Mein Standort: { $here }" rather than "in { $here }", because some names need an article: "in der Ukraine").

app-title = TRM-Praxisleitfaden

## Status of a section: what has been done to its text (guide-content/reviews/<lang>.toml holds the record)
status-draft = Entwurf
status-written = Verfasst
status-translated = Übersetzt
status-revised = Überprüft
status-reviewed = Fachlich freigegeben
status-stale = Übersetzung veraltet
# What each status means: the badge's tooltip and the text beside it in the section's footer.
status-meaning-draft = Entwurf: wird noch geschrieben oder übersetzt. Verlassen Sie sich noch nicht darauf.
status-meaning-written = Verfasst: der englische Text, vollständig, mit einer Quelle für jede Angabe. Eine zweite Person hat ihn noch nicht geprüft.
status-meaning-translated = Von einer Person übersetzt. Eine zweite Person hat die Übersetzung noch nicht mit dem englischen Text abgeglichen.
status-meaning-revised = Überprüft: von einer unabhängigen Person vollständig mit dem englischen Text abgeglichen; die gefundenen Fehler wurden behoben.
status-meaning-reviewed = Fachlich freigegeben: überprüft und von einer namentlich genannten Fachperson freigegeben.
status-meaning-stale = Der englische Text hat sich geändert, seit diese Übersetzung erstellt wurde: Einzelheiten können veraltet sein.
fallback-notice = Dieser Abschnitt liegt in dieser Sprache noch nicht vor: { $language }. Er wird auf Englisch angezeigt.
stale-notice = Die englische Vorlage dieses Abschnitts hat sich seit der Übersetzung geändert. Einzelheiten können veraltet sein.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = Nationale Koordinierungsstelle
fact-contact-point = Kontaktstelle
fact-formal-identification = Förmliche Identifizierung
fact-reflection-period = Bedenkzeit
fact-residence-permit = Aufenthaltstitel
fact-shelter = Schutzunterkünfte und Unterstützung
fact-hotline = Hotline
fact-email = E-Mail
fact-website = Website
fact-return-contact = Rückkehr und Reintegration
fact-legal-basis = Rechtsgrundlage
fact-emergency = Notruf
fact-rapporteur = Nationale Berichterstattungsstelle
fact-children = Kinder
fact-return-programme = Rückkehrprogramm
fact-not-verified = Nicht bestätigt: { $reason }
fact-source = Quelle
# The date of the information in the source ($date is a year, a month or a day, already formatted).
fact-as-of = Stand der Information: { $date }
fact-undated = Die Quelle nennt kein Datum
# When and how a fact was compared with its source. $date is formatted.
fact-checked-stored-copy = geprüft am { $date } anhand einer gespeicherten Kopie der Quelle
fact-checked-official-document = geprüft am { $date } anhand des veröffentlichten Textes
fact-checked-live-page = geprüft am { $date } anhand der Webseite
fact-checked-in-writing = geprüft am { $date } schriftlich bei der Institution
fact-outdated = Diese Information ist möglicherweise veraltet: Bestätigen Sie sie, bevor Sie sich darauf verlassen.
fact-run-by = Betrieben von: { $name }

## Phone numbers in country facts
phone-hours-always = Tag und Nacht, jeden Tag
phone-hours-not-stated = Erreichbarkeit nicht angegeben
# Opening hours in the country's local time; $hours is e.g. "Mon–Fri 09:00–16:30".
phone-hours = { $hours } (Ortszeit)
phone-abroad-yes = Aus dem Ausland erreichbar
phone-abroad-no = Aus dem Ausland nicht erreichbar
phone-abroad-not-stated = Ob die Nummer aus dem Ausland erreichbar ist, ist nicht angegeben
# In the referral view, for a number of the person's country that does not answer from abroad.
phone-unreachable = Diese Nummer können Sie aus dem Ausland nicht anrufen: Sie funktioniert nur im Land selbst ({ $country }).
# The international form of a number, shown beside the local one.
phone-international = Aus dem Ausland: { $number }
phone-for-victims = Für Opfer
phone-for-professionals = Für Fachkräfte
phone-for-both = Für Opfer und Fachkräfte
phone-for-public = Für alle
# $languages is a list of language names.
phone-languages = Sprachen: { $languages }

## Country names
country-bg = Bulgarien
country-dk = Dänemark
country-de = Deutschland
country-ee = Estland
country-fi = Finnland
country-is = Island
country-lv = Lettland
country-lt = Litauen
country-no = Norwegen
country-pl = Polen
country-ro = Rumänien
country-se = Schweden
country-ua = Ukraine

## Words inside rendered sections
# After a source in a section's footnotes: "(information as of 2024; checked 2026-12-01)".
source-dates = Stand der Information: { $asof }; geprüft am { $checked }
source-undated = die Quelle nennt kein Datum; geprüft am { $checked }
footnotes-title = Quellen und Anmerkungen
callout-note = Hinweis
callout-tip = Tipp
callout-important = Wichtig
callout-warning = Warnung
callout-caution = Vorsicht

## App: page frame and navigation
skip-to-content = Zum Inhalt springen
nav-contents = Inhalt
loading = Wird geladen …
not-found = Diese Seite gibt es im Leitfaden nicht.
guide-version = Version des Leitfadens: { $version }
external-link = Diese Webseite öffnet sich außerhalb der App. Kopieren Sie die Adresse in einen Browser: { $url }

## App: languages
ui-language = Sprache der Oberfläche
content-language = Sprache der Inhalte
parallel-view = Nebeneinander mit
parallel-off = (eine Sprache)

## App: search
search-label = Leitfaden durchsuchen
search-placeholder = Suchen (/ oder Strg+K)
search-no-results = Nichts gefunden für „{ $query }“. Versuchen Sie weniger oder andere Wörter.
search-results-count =
    { $count ->
        [0] Keine Treffer
        [one] Ein Treffer
       *[other] { $count } Treffer
    }
# Search notices (a search's `notice`): $max is a number.
search-notice-cut-chars = Ihre Suche wurde gekürzt (höchstens { $max } Zeichen).
search-notice-cut-words = Ihre Suche wurde gekürzt (höchstens { $max } Wörter).
search-notice-failed = Diese Suche konnte nicht beantwortet werden. Versuchen Sie andere Wörter.
search-preparing = Die Suche wird vorbereitet … Die Ergebnisse erscheinen gleich.
# $reason is a technical message in English.
search-unavailable = Die Suche ist in dieser Sitzung nicht verfügbar: { $reason }
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Gefunden in: { $language }

## App: section view
present = Präsentieren
print = Drucken
sources-title = Quellen
# Heading of a country profile's facts; $country is the localized country name.
country-facts = Wichtige Angaben: { $country }

## App: settings (kept on this device only)
settings = Einstellungen
font-size = Schriftgröße
font-size-normal = Normal
font-size-large = Groß
font-size-larger = Größer
font-size-largest = Sehr groß
theme = Farben
theme-auto = Wie im System
theme-light = Hell
theme-dark = Dunkel
theme-contrast = Hoher Kontrast
settings-privacy = Einstellungen werden nur auf diesem Gerät gespeichert. Suchanfragen werden nicht gespeichert.

## App: presentation (audience screen) and presenter window
slide = Folie
slide-count = Folie { $n } von { $total }
slide-prev = Zurück
slide-next = Weiter
slide-overview = Übersicht
presenter-open = Referentenansicht
presentation-exit = Beenden
presenter-timer = Verstrichene Zeit
presenter-start = Timer starten
presenter-pause = Timer anhalten
presenter-reset = Timer zurücksetzen
presenter-current = Aktuelle Folie
presenter-notes = Vortragsnotizen
presenter-no-notes = Keine Notizen zu dieser Folie.
presenter-next = Nächste Folie: { $title }
presenter-last = Dies ist die letzte Folie.
presenter-waiting = Starten Sie im Hauptfenster eine Präsentation: Dieses Fenster zeigt dann die Vortragsnotizen.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Der Person zeigen
person-choose-language = Wählen Sie Ihre Sprache
person-choose-hint = Die Person, der geholfen wird, kann auf ihre Sprache zeigen.
person-other-language = Andere Sprache
person-back = Zurück zum Leitfaden

## App: the referral view — "I am in <country>, the person is from <country>"
# The top-bar link and the view's title.
referral = Weitervermittlung
referral-intro = Wählen Sie, wo Sie sind und woher die Person kommt: Jeder Schritt des Transnationalen Verweisungsmechanismus wird mit den Ansprechstellen in beiden Ländern angezeigt.
# Labels of the two country lists.
referral-here = Mein Standort
referral-origin = Herkunftsland der Person
referral-choose = Land wählen
referral-origin-other = Anderes Land (nicht in diesem Leitfaden)
referral-prompt = Wählen Sie beide Länder, um die Schritte zu sehen.
# Above the steps (printed) and announced to screen readers when they change.
referral-case = Mein Standort: { $here }. Herkunftsland der Person: { $origin }.
referral-case-other = Mein Standort: { $here }. Die Person kommt aus einem Land, das dieser Leitfaden nicht abdeckt.
referral-domestic = Die Person kommt aus dem Land, in dem Sie sind: Die Kontakte werden nur einmal angezeigt ({ $country }).
referral-other-note = Dieser Leitfaden enthält Angaben nur zu den Ländern des Transnationalen Verweisungsmechanismus: Angezeigt werden nur die Kontakte Ihres Standorts ({ $country }).
# Headings of the two columns of facts at each step.
referral-side-here = { $country }: Ihr Standort
referral-side-origin = { $country }: Herkunftsland der Person
# $facts is a list of fact labels, e.g. "Emergency, National coordinator".
referral-missing = Nicht in diesem Leitfaden: { $facts }
# $heading is a heading of the country's profile, e.g. "Return and reintegration".
referral-profile = Im Länderprofil: { $heading }
# Names the list of links to headings of a step's section ("Do now", "Cross-border: …").
referral-step-links = Springen zu
referral-fallback = Die Schritte liegen in dieser Sprache noch nicht vor: { $language }. Sie werden auf Englisch angezeigt.
referral-unknown-country = Ein Land „{ $code }“ gibt es in diesem Leitfaden nicht. Wählen Sie eines aus der Liste.
# Links on a country profile that open the referral view with that country chosen.
referral-link-here = Weitervermittlung – mein Standort: { $country }
referral-link-origin = Weitervermittlung – Herkunftsland der Person: { $country }

## App: guide updates (desktop app only) — installing a signed guide update file and going back
# Heading of the settings panel part that says which guide is in use.
guide-in-use = Verwendeter Leitfaden
guide-in-use-builtin = Version { $version } des Leitfadens, im Programm enthalten.
# $date is the date the guide's content was released, $installed the day it was installed on this computer, $signer who signed it.
guide-in-use-installed = Version { $version } des Leitfadens vom { $date }, installiert am { $installed }, signiert von { $signer }.
update-install = Leitfaden-Aktualisierung aus Datei installieren …
update-drop-hint = Sie können eine Aktualisierungsdatei (.trmpack) auch auf dieses Fenster ziehen.
# The confirmation before installing: nothing is installed before the user has seen what it is.
update-confirm-title = Diese Leitfaden-Aktualisierung installieren?
# $replaces is the version of the guide in use now.
update-confirm-body = Version { $version } des Leitfadens vom { $date }, signiert von { $signer }. Sie ersetzt die Version { $replaces }. Was sich ändert:
update-confirm-install = Installieren
update-confirm-cancel = Abbrechen
update-installed = Version { $version } des Leitfadens wird jetzt verwendet.
# $reason says why in English (the file, and what is wrong with it).
update-refused = Die Aktualisierung wurde nicht installiert: { $reason }
update-roll-back = Zurück zu Version { $version } des Leitfadens
update-roll-back-builtin = Zurück zum im Programm enthaltenen Leitfaden
update-rolled-back = Version { $version } des Leitfadens wird wieder verwendet.
# Shown when the installed guide could not be read at start: the program fell back to a guide it could read.
update-damaged = Die installierte Leitfaden-Aktualisierung konnte nicht gelesen werden. Daher wird der vorherige Leitfaden verwendet. Installieren Sie die Aktualisierung erneut. Details: { $reason }
update-refused-at-start = Die installierte Leitfaden-Aktualisierung wurde nicht verwendet, weil sie die Prüfung nicht bestanden hat. Daher wird der vorherige Leitfaden verwendet. Details: { $reason }

## App: "What changed" — the facts and sections the last guide update changed
changes = Was sich geändert hat
# $date is the day the update was installed.
changes-intro = Das hat die am { $date } installierte Leitfaden-Aktualisierung geändert. Prüfen Sie diese Punkte, bevor Sie sich auf Ihr Gedächtnis verlassen.
changes-none = Verwendet wird der im Programm enthaltene Leitfaden: Keine Aktualisierung hat ihn geändert.
changes-facts = Kontakte und Angaben
changes-sections = Abschnitte
# After a fact that the update added or removed.
changes-new = neu
changes-gone = entfernt
# After a section changed only in other languages; $languages is a list of language names.
changes-other-languages = (in anderen Sprachen geändert: { $languages })
# A small badge after a fact that the last update changed; it links to "What changed".
fact-changed = geändert

## App: "Show to the person" — finding a language, and printing in two languages
# Label of the box that filters the list of languages (by their own name, English name, or name in the officer's language).
person-filter = Sprache suchen
# A button on the leaflet: prints the person's leaflet and, after it, the same leaflet in the officer's language ($language).
person-print-both = Auch in dieser Sprache drucken: { $language }

## App: settings on this device that could not be read (damaged storage)
# Shown once at start; $settings is a list of setting names ("Text size, Colours").
settings-reset = Einige Einstellungen auf diesem Gerät konnten nicht gelesen werden und wurden zurückgesetzt: { $settings }.
# Shown instead when none of the settings could be read.
settings-reset-all = Die Einstellungen auf diesem Gerät konnten nicht gelesen werden und wurden zurückgesetzt.
