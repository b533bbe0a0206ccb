# TRM Field Guide — user interface strings, English (the source locale).
# Every other locale must have every message of this file: `fieldguide check` enforces it.

app-title = TRM Field Guide

## Translation status of a section
status-draft = Draft
status-translated = Translated
status-reviewed = Reviewed
status-stale = Translation out of date
fallback-notice = This section is not yet available in { $language }. It is shown in English.
stale-notice = The English source of this section has changed since it was translated. Some details may be out of date.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = National coordinator
fact-contact-point = Contact point
fact-formal-identification = Formal identification
fact-reflection-period = Reflection period
fact-residence-permit = Residence permit
fact-shelter = Shelters and support
fact-hotline = Hotline
fact-email = E-mail
fact-website = Website
fact-return-contact = Return and reintegration
fact-legal-basis = Legal basis
fact-emergency = Emergency
fact-not-verified = Not verified: { $reason }
fact-verified-on = Verified on { $date }
fact-source = Source

## Country names
country-bg = Bulgaria
country-dk = Denmark
country-de = Germany
country-ee = Estonia
country-fi = Finland
country-is = Iceland
country-lv = Latvia
country-lt = Lithuania
country-no = Norway
country-pl = Poland
country-ro = Romania
country-se = Sweden
country-ua = Ukraine

## Words inside rendered sections
# Written before a source's date in a section's footnotes: "(verified 2026-11-29)".
source-verified = verified { $date }
footnotes-title = Sources and notes
callout-note = Note
callout-tip = Tip
callout-important = Important
callout-warning = Warning
callout-caution = Caution

## App: page frame and navigation
skip-to-content = Skip to content
nav-contents = Contents
loading = Loading…
not-found = This page does not exist in the guide.
guide-version = Guide version { $version }
external-link = This web page opens outside the app. Copy the address into a browser: { $url }

## App: languages
ui-language = Interface language
content-language = Content language
parallel-view = Side by side with
parallel-off = (one language)

## App: search
search-label = Search the guide
search-placeholder = Search (press / or Ctrl+K)
search-no-results = Nothing found for “{ $query }”. Try fewer or other words.
search-results-count =
    { $count ->
        [0] No results
        [one] One result
       *[other] { $count } results
    }
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Found in { $language }

## App: section view
present = Present
print = Print
sources-title = Sources
# Heading of a country profile's facts; $country is the localized country name.
country-facts = Key facts: { $country }

## App: settings (kept on this device only)
settings = Settings
font-size = Text size
font-size-normal = Normal
font-size-large = Large
font-size-larger = Larger
font-size-largest = Largest
theme = Colours
theme-auto = As the system
theme-light = Light
theme-dark = Dark
theme-contrast = High contrast
settings-privacy = Settings are kept on this device only. Searches are not stored.

## App: presentation (audience screen) and presenter window
slide = slide
slide-count = Slide { $n } of { $total }
slide-prev = Previous
slide-next = Next
slide-overview = Overview
presenter-open = Presenter view
presentation-exit = Exit
presenter-timer = Elapsed time
presenter-start = Start timer
presenter-pause = Pause timer
presenter-reset = Reset timer
presenter-current = Current slide
presenter-notes = Speaker notes
presenter-no-notes = No notes for this slide.
presenter-next = Next: { $title }
presenter-last = This is the last slide.
presenter-waiting = Start a presentation in the main window: this window then shows the speaker notes.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Show to the person
person-choose-language = Choose your language
person-choose-hint = The person being helped can point to their language.
person-other-language = Another language
person-back = Back to the guide
