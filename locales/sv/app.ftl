# TRM Field Guide — user interface strings, Swedish (sv).
# Every message of locales/en/app.ftl, same ids and variables. CLDR plural categories for sv: one, other.
# Country names after a preposition: Swedish uses "på Island" but "i Sverige", so sentences that insert
# { $country } or { $here } are phrased so that no preposition is needed before the name ("Land: …"),
# or use "från"/"för"/"inom", which fit every country name.

app-title = TRM Field Guide

## Status of a section: what has been done to its text (guide-content/reviews/<lang>.toml holds the record)
status-draft = Utkast
status-written = Skriven
status-translated = Översatt
status-revised = Granskad
status-reviewed = Fackgranskad
status-stale = Översättningen är inaktuell
# What each status means: the badge's tooltip and the text beside it in the section's footer.
status-meaning-draft = Utkast: texten skrivs eller översätts fortfarande. Lita inte på den än.
status-meaning-written = Skriven: den engelska texten, fullständig, med en källa för varje uppgift. Ingen annan person har granskat den än.
status-meaning-translated = Översatt av en översättare. Ingen annan person har ännu jämfört den med den engelska texten.
status-meaning-revised = Granskad: hela texten har lästs mot den engelska av en oberoende granskare, och de fel som hittades har rättats.
status-meaning-reviewed = Fackgranskad: granskad, och godkänd av en namngiven sakkunnig.
status-meaning-stale = Den engelska texten har ändrats sedan översättningen gjordes: vissa uppgifter kan vara inaktuella.
fallback-notice = Avsnittet finns ännu inte på det här språket ({ $language }). Det visas på engelska.
stale-notice = Den engelska källtexten till avsnittet har ändrats sedan det översattes. Vissa uppgifter kan vara inaktuella.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = Nationell samordnare
fact-contact-point = Kontaktpunkt
fact-formal-identification = Formell identifiering
fact-reflection-period = Betänketid
fact-residence-permit = Uppehållstillstånd
fact-shelter = Skyddat boende och stöd
fact-hotline = Stödlinje
fact-email = E-post
fact-website = Webbplats
fact-return-contact = Återvändande och återintegrering
fact-legal-basis = Rättslig grund
fact-emergency = Larmnummer
fact-rapporteur = Nationell rapportör
fact-children = Barn
fact-return-programme = Återvändandeprogram
fact-not-verified = Ej bekräftad: { $reason }
fact-source = Källa
# The date of the information in the source ($date is a year, a month or a day, already formatted).
fact-as-of = information per { $date }
fact-undated = källan anger inget datum
# When and how a fact was compared with its source. $date is formatted.
fact-checked-stored-copy = kontrollerad { $date } mot en sparad kopia av källan
fact-checked-official-document = kontrollerad { $date } mot den publicerade texten
fact-checked-live-page = kontrollerad { $date } mot webbsidan
fact-checked-in-writing = kontrollerad { $date } skriftligen hos institutionen
fact-outdated = Uppgiften kan vara inaktuell: kontrollera den innan du litar på den.
fact-run-by = Drivs av { $name }

## Phone numbers in country facts
phone-hours-always = Dag och natt, alla dagar
phone-hours-not-stated = Tider anges inte
# Opening hours in the country's local time; $hours is e.g. "Mon–Fri 09:00–16:30".
phone-hours = { $hours } (lokal tid)
phone-abroad-yes = Tar emot samtal från utlandet
phone-abroad-no = Kan inte ringas från utlandet
phone-abroad-not-stated = Det anges inte om numret tar emot samtal från utlandet
# In the referral view, for a number of the person's country that does not answer from abroad.
phone-unreachable = Du kan inte ringa det här numret från utlandet: det fungerar bara inom { $country }.
# The international form of a number, shown beside the local one.
phone-international = Från utlandet: { $number }
phone-for-victims = För offer
phone-for-professionals = För yrkesverksamma
phone-for-both = För offer och yrkesverksamma
phone-for-public = För alla
# $languages is a list of language names.
phone-languages = Språk: { $languages }

## Country names
country-bg = Bulgarien
country-dk = Danmark
country-de = Tyskland
country-ee = Estland
country-fi = Finland
country-is = Island
country-lv = Lettland
country-lt = Litauen
country-no = Norge
country-pl = Polen
country-ro = Rumänien
country-se = Sverige
country-ua = Ukraina

## Words inside rendered sections
# After a source in a section's footnotes: "(information as of 2024; checked 2026-12-01)".
source-dates = information per { $asof }; kontrollerad { $checked }
source-undated = källan anger inget datum; kontrollerad { $checked }
footnotes-title = Källor och anmärkningar
callout-note = Obs
callout-tip = Tips
callout-important = Viktigt
callout-warning = Varning
callout-caution = Se upp

## App: page frame and navigation
skip-to-content = Hoppa till innehållet
nav-contents = Innehåll
loading = Laddar…
not-found = Sidan finns inte i guiden.
guide-version = Guidens version { $version }
external-link = Webbsidan öppnas utanför appen. Kopiera adressen till en webbläsare: { $url }

## App: languages
ui-language = Gränssnittets språk
content-language = Innehållets språk
parallel-view = Sida vid sida med
parallel-off = (ett språk)

## App: search
search-label = Sök i guiden
search-placeholder = Sök (tryck / eller Ctrl+K)
search-no-results = Inga träffar för ”{ $query }”. Prova färre eller andra ord.
search-results-count =
    { $count ->
        [0] Inga träffar
        [one] En träff
       *[other] { $count } träffar
    }
# Search notices (a search's `notice`): $max is a number.
search-notice-cut-chars = Sökningen kortades till de första { $max } tecknen.
search-notice-cut-words = Sökningen kortades till de första { $max } orden.
search-notice-failed = Sökningen kunde inte besvaras. Prova andra ord.
search-preparing = Sökningen förbereds… Träffarna visas om en liten stund.
# $reason is a technical message in English.
search-unavailable = Sökningen är inte tillgänglig i den här sessionen: { $reason }
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Hittad på ett annat språk: { $language }

## App: section view
present = Presentera
print = Skriv ut
sources-title = Källor
# Heading of a country profile's facts; $country is the localized country name.
country-facts = Viktiga uppgifter: { $country }

## App: settings (kept on this device only)
settings = Inställningar
font-size = Textstorlek
font-size-normal = Normal
font-size-large = Stor
font-size-larger = Större
font-size-largest = Störst
theme = Färger
theme-auto = Som systemet
theme-light = Ljus
theme-dark = Mörk
theme-contrast = Hög kontrast
settings-privacy = Inställningarna sparas bara på den här enheten. Sökningar sparas inte.

## App: presentation (audience screen) and presenter window
slide = bild
slide-count = Bild { $n } av { $total }
slide-prev = Föregående
slide-next = Nästa
slide-overview = Översikt
presenter-open = Presentatörsvy
presentation-exit = Avsluta
presenter-timer = Förfluten tid
presenter-start = Starta tidtagning
presenter-pause = Pausa tidtagning
presenter-reset = Nollställ tidtagning
presenter-current = Aktuell bild
presenter-notes = Talaranteckningar
presenter-no-notes = Inga anteckningar till den här bilden.
presenter-next = Nästa: { $title }
presenter-last = Det här är den sista bilden.
presenter-waiting = Starta en presentation i huvudfönstret: då visar det här fönstret talaranteckningarna.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Visa för personen
person-choose-language = Välj ditt språk
person-choose-hint = Personen som får hjälp kan peka på sitt språk.
person-other-language = Ett annat språk
person-back = Tillbaka till guiden

## App: the referral view — "I am in <country>, the person is from <country>"
# The top-bar link and the view's title.
referral = Hänvisa en person
referral-intro = Välj var du är och var personen kommer ifrån: för varje steg i den transnationella hänvisningsmekanismen visas vem du ska kontakta i båda länderna.
# Labels of the two country lists.
referral-here = Land där jag är
referral-origin = Personens ursprungsland
referral-choose = Välj ett land
referral-origin-other = Ett annat land (finns inte i guiden)
referral-prompt = Välj båda länderna för att se stegen.
# Above the steps (printed) and announced to screen readers when they change.
referral-case = Land där jag är: { $here }. Personens ursprungsland: { $origin }.
referral-case-other = Land där jag är: { $here }. Personen kommer från ett land som guiden inte omfattar.
referral-domestic = Personen kommer från landet där du är: kontakterna för { $country } visas en gång.
referral-other-note = Guiden har bara uppgifter om länderna i den transnationella hänvisningsmekanismen: bara kontakterna för { $country } visas.
# Headings of the two columns of facts at each step.
referral-side-here = { $country }: där du är
referral-side-origin = { $country }: personens land
# $facts is a list of fact labels, e.g. "Emergency, National coordinator".
referral-missing = Finns inte i guiden: { $facts }
# $heading is a heading of the country's profile, e.g. "Return and reintegration".
referral-profile = I landsprofilen: { $heading }
# Names the list of links to headings of a step's section ("Do now", "Cross-border: …").
referral-step-links = Gå till
referral-fallback = Stegen finns ännu inte på det här språket ({ $language }). De visas på engelska.
referral-unknown-country = Guiden har inget land med koden ”{ $code }”. Välj ett land i listan.
# Links on a country profile that open the referral view with that country chosen.
referral-link-here = Hänvisa en person: jag är i det här landet ({ $country })
referral-link-origin = Hänvisa en person: personen kommer från { $country }

## App: guide updates (desktop app only) — installing a signed guide update file and going back
# Heading of the settings panel part that says which guide is in use.
guide-in-use = Guide som används
guide-in-use-builtin = Version { $version } av guiden, inbyggd i programmet.
# $date is the date the guide's content was released, $installed the day it was installed on this computer, $signer who signed it.
guide-in-use-installed = Version { $version } av guiden, daterad { $date }, installerad { $installed }, signerad av { $signer }.
update-install = Installera guideuppdatering från fil…
update-drop-hint = Du kan också dra och släppa en uppdateringsfil (.trmpack) i det här fönstret.
# The confirmation before installing: nothing is installed before the user has seen what it is.
update-confirm-title = Installera den här guideuppdateringen?
# $replaces is the version of the guide in use now.
update-confirm-body = Version { $version } av guiden, daterad { $date }, signerad av { $signer }. Den ersätter version { $replaces }. Det här ändras:
update-confirm-install = Installera
update-confirm-cancel = Avbryt
update-installed = Version { $version } av guiden används nu.
# $reason says why in English (the file, and what is wrong with it).
update-refused = Uppdateringen installerades inte: { $reason }
update-roll-back = Gå tillbaka till version { $version } av guiden
update-roll-back-builtin = Gå tillbaka till guiden som är inbyggd i programmet
update-rolled-back = Version { $version } av guiden används igen.
# Shown when the installed guide could not be read at start: the program fell back to a guide it could read.
update-damaged = Den installerade guideuppdateringen kunde inte läsas, så den tidigare guiden används. Installera uppdateringen igen. Detaljer: { $reason }
update-refused-at-start = Den installerade guideuppdateringen användes inte eftersom den inte klarade kontrollen, så den tidigare guiden används. Detaljer: { $reason }

## App: "What changed" — the facts and sections the last guide update changed
changes = Vad som har ändrats
# $date is the day the update was installed.
changes-intro = Guideuppdateringen som installerades den { $date } ändrade följande. Kontrollera ändringarna innan du förlitar dig på det du minns.
changes-none = Guiden som används är den som är inbyggd i programmet: ingen uppdatering har ändrat den.
changes-facts = Kontakter och uppgifter
changes-sections = Avsnitt
# After a fact that the update added or removed.
changes-new = ny
changes-gone = borttagen
# After a section changed only in other languages; $languages is a list of language names.
changes-other-languages = (ändrat på andra språk: { $languages })
# A small badge after a fact that the last update changed; it links to "What changed".
fact-changed = ändrad uppgift

## App: "Show to the person" — finding a language, and printing in two languages
# Label of the box that filters the list of languages (by their own name, English name, or name in the officer's language).
person-filter = Sök språk
# A button on the leaflet: prints the person's leaflet and, after it, the same leaflet in the officer's language ($language).
person-print-both = Skriv ut även på: { $language }

## App: settings on this device that could not be read (damaged storage)
# Shown once at start; $settings is a list of setting names ("Text size, Colours").
settings-reset = Vissa inställningar på den här enheten kunde inte läsas och har återställts: { $settings }.
# Shown instead when none of the settings could be read.
settings-reset-all = Inställningarna på den här enheten kunde inte läsas och har återställts.
