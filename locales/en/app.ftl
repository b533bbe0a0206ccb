# TRM Field Guide — user interface strings, English (the source locale).
# Every other locale must have every message of this file: `fieldguide check` enforces it.

app-title = TRM Field Guide

## Status of a section: what has been done to its text (guide-content/reviews/<lang>.toml holds the record)
status-draft = Draft
status-written = Written
status-translated = Translated
status-revised = Revised
status-reviewed = Reviewed
status-stale = Translation out of date
# What each status means: the badge's tooltip and the text beside it in the section's footer.
status-meaning-draft = Draft: still being written or translated. Do not rely on it yet.
status-meaning-written = Written: the English text, complete, with a source for every fact. No second person has checked it yet.
status-meaning-translated = Translated by one translator. No second person has checked it against the English yet.
status-meaning-revised = Revised: read in full against the English by an independent reviser, and the problems found were fixed.
status-meaning-reviewed = Reviewed: revised, and signed off by a named subject-matter expert.
status-meaning-stale = The English text has changed since this translation was made: some details may be out of date.
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
fact-rapporteur = National rapporteur
fact-children = Children
fact-return-programme = Return programme
fact-not-verified = Not verified: { $reason }
fact-source = Source
# The date of the information in the source ($date is a year, a month or a day, already formatted).
fact-as-of = information as of { $date }
fact-undated = the source gives no date
# When and how a fact was compared with its source. $date is formatted.
fact-checked-stored-copy = checked on { $date } against a stored copy of the source
fact-checked-official-document = checked on { $date } against the published text
fact-checked-live-page = checked on { $date } against the web page
fact-checked-in-writing = checked on { $date } in writing with the institution
fact-outdated = This information may be out of date: confirm it before you rely on it.
fact-run-by = Run by { $name }

## Phone numbers in country facts
phone-hours-always = Day and night, every day
phone-hours-not-stated = Hours not stated
# Opening hours in the country's local time; $hours is e.g. "Mon–Fri 09:00–16:30".
phone-hours = { $hours } (local time)
phone-abroad-yes = Answers calls from abroad
phone-abroad-no = Cannot be called from abroad
phone-abroad-not-stated = Whether it answers calls from abroad is not stated
# In the referral view, for a number of the person's country that does not answer from abroad.
phone-unreachable = You cannot call this number from abroad: it works only inside { $country }.
# The international form of a number, shown beside the local one.
phone-international = From abroad: { $number }
phone-for-victims = For victims
phone-for-professionals = For professionals
phone-for-both = For victims and professionals
phone-for-public = For anyone
# $languages is a list of language names.
phone-languages = Languages: { $languages }

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
# After a source in a section's footnotes: "(information as of 2024; checked 2026-12-01)".
source-dates = information as of { $asof }; checked { $checked }
source-undated = the source gives no date; checked { $checked }
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
# Search notices (a search's `notice`): $max is a number.
search-notice-cut-chars = Your search was shortened to its first { $max } characters.
search-notice-cut-words = Your search was shortened to its first { $max } words.
search-notice-failed = This search could not be answered. Try other words.
search-preparing = Search is being prepared… Results appear in a moment.
# $reason is a technical message in English.
search-unavailable = Search is not available in this session: { $reason }
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

## App: the referral view — "I am in <country>, the person is from <country>"
# The top-bar link and the view's title.
referral = Refer a person
referral-intro = Choose where you are and where the person comes from: each step of the Transnational Referral Mechanism is shown with whom to contact in both countries.
# Labels of the two country lists.
referral-here = I am in
referral-origin = The person is from
referral-choose = Choose a country
referral-origin-other = Another country (not in this guide)
referral-prompt = Choose both countries to see the steps.
# Above the steps (printed) and announced to screen readers when they change.
referral-case = I am in { $here }; the person is from { $origin }.
referral-case-other = I am in { $here }; the person is from a country this guide does not cover.
referral-domestic = The person is from the country you are in: the contacts in { $country } are shown once.
referral-other-note = This guide has facts only for the countries of the Transnational Referral Mechanism: only the contacts in { $country } are shown.
# Headings of the two columns of facts at each step.
referral-side-here = { $country }: where you are
referral-side-origin = { $country }: the person's country
# $facts is a list of fact labels, e.g. "Emergency, National coordinator".
referral-missing = Not in this guide: { $facts }
# $heading is a heading of the country's profile, e.g. "Return and reintegration".
referral-profile = In the country profile: { $heading }
# Names the list of links to headings of a step's section ("Do now", "Cross-border: …").
referral-step-links = Go to
referral-fallback = The steps are not yet available in { $language }. They are shown in English.
referral-unknown-country = There is no country “{ $code }” in this guide. Choose one from the list.
# Links on a country profile that open the referral view with that country chosen.
referral-link-here = Refer a person: I am in { $country }
referral-link-origin = Refer a person: the person is from { $country }

## App: guide updates (desktop app only) — installing a signed guide update file and going back
# Heading of the settings panel part that says which guide is in use.
guide-in-use = Guide in use
guide-in-use-builtin = Guide { $version }, built into the program.
# $date is the date the guide's content was released, $installed the day it was installed on this computer, $signer who signed it.
guide-in-use-installed = Guide { $version } of { $date }, installed on { $installed }, signed by { $signer }.
update-install = Install guide update from file…
update-drop-hint = You can also drop an update file (.trmpack) on this window.
# The confirmation before installing: nothing is installed before the user has seen what it is.
update-confirm-title = Install this guide update?
# $replaces is the version of the guide in use now.
update-confirm-body = Guide { $version } of { $date }, signed by { $signer }. It replaces guide { $replaces }. What it changes:
update-confirm-install = Install
update-confirm-cancel = Cancel
update-installed = Guide { $version } is now in use.
# $reason says why in English (the file, and what is wrong with it).
update-refused = The update was not installed: { $reason }
update-roll-back = Go back to guide { $version }
update-roll-back-builtin = Go back to the guide built into the program
update-rolled-back = Guide { $version } is in use again.
# Shown when the installed guide could not be read at start: the program fell back to a guide it could read.
update-damaged = The installed guide update could not be read, so the previous guide is in use. Install the update again. Details: { $reason }
update-refused-at-start = The installed guide update was not used because it failed its check, so the previous guide is in use. Details: { $reason }

## App: "What changed" — the facts and sections the last guide update changed
changes = What changed
# $date is the day the update was installed.
changes-intro = What the guide update installed on { $date } changed. Check these before you rely on what you remember.
changes-none = The guide in use is the one built into the program: no update has changed it.
changes-facts = Contacts and facts
changes-sections = Sections
# After a fact that the update added or removed.
changes-new = new
changes-gone = removed
# After a section changed only in other languages; $languages is a list of language names.
changes-other-languages = (changed in: { $languages })
# A small badge after a fact that the last update changed; it links to "What changed".
fact-changed = changed

## App: "Show to the person" — finding a language, and printing in two languages
# Label of the box that filters the list of languages (by their own name, English name, or name in the officer's language).
person-filter = Find a language
# A button on the leaflet: prints the person's leaflet and, after it, the same leaflet in the officer's language ($language).
person-print-both = Print with { $language }

## App: settings on this device that could not be read (damaged storage)
# Shown once at start; $settings is a list of setting names ("Text size, Colours").
settings-reset = Some settings on this device could not be read and were reset: { $settings }.
# Shown instead when none of the settings could be read.
settings-reset-all = The settings on this device could not be read and were reset.
