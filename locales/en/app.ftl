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
