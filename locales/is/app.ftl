# TRM Field Guide — user interface strings, Icelandic (is).
# Plural categories (CLDR, Icelandic): one (1, 21, 31, … but not 11) and other.
# Where a variable is inserted, sentences are phrased so that no case ending depends on it.

app-title = TRM-vettvangshandbók

## Status of a section: what has been done to its text (guide-content/reviews/<lang>.toml holds the record)
status-draft = Drög
status-written = Skrifað
status-translated = Þýtt
status-revised = Yfirfarið
status-reviewed = Samþykkt
status-stale = Þýðingin er úrelt
# What each status means: the badge's tooltip and the text beside it in the section's footer.
status-meaning-draft = Drög: enn í skrifum eða þýðingu. Treystu ekki á þetta enn.
status-meaning-written = Skrifað: enski textinn, heildstæður, með heimild fyrir hverri staðreynd. Enginn annar hefur enn farið yfir hann.
status-meaning-translated = Þýtt af einum þýðanda. Enginn annar hefur enn borið þýðinguna saman við enska textann.
status-meaning-revised = Yfirfarið: óháður yfirlesari hefur lesið textann í heild á móti enska textanum og gallarnir sem fundust voru lagfærðir.
status-meaning-reviewed = Samþykkt: yfirfarið og samþykkt af nafngreindum sérfræðingi á sviðinu.
status-meaning-stale = Enski textinn hefur breyst frá því að þessi þýðing var gerð: sum atriði gætu verið úrelt.
fallback-notice = Þessi kafli er ekki enn til á völdu tungumáli ({ $language }). Hann er sýndur á ensku.
stale-notice = Enski frumtexti þessa kafla hefur breyst frá því að hann var þýddur. Sum atriði gætu verið úrelt.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = Innlendur samræmingaraðili
fact-contact-point = Tengiliður
fact-formal-identification = Formleg greining
fact-reflection-period = Umþóttunartími
fact-residence-permit = Dvalarleyfi
fact-shelter = Athvörf og stuðningur
fact-hotline = Hjálparsími
fact-email = Netfang
fact-website = Vefur
fact-return-contact = Heimför og enduraðlögun
fact-legal-basis = Lagagrundvöllur
fact-emergency = Neyðarnúmer
fact-rapporteur = Innlendur skýrslugjafi
fact-children = Börn
fact-return-programme = Heimfararáætlun
fact-not-verified = Ekki staðfest: { $reason }
fact-source = Heimild
# The date of the information in the source ($date is a year, a month or a day, already formatted).
fact-as-of = upplýsingar frá: { $date }
fact-undated = heimildin gefur enga dagsetningu
# When and how a fact was compared with its source. $date is formatted.
fact-checked-stored-copy = athugað { $date } á móti vistuðu afriti af heimildinni
fact-checked-official-document = athugað { $date } á móti birtum texta
fact-checked-live-page = athugað { $date } á móti vefsíðunni
fact-checked-in-writing = athugað { $date } skriflega hjá stofnuninni
fact-outdated = Þessar upplýsingar gætu verið úreltar: staðfestu þær áður en þú treystir á þær.
fact-run-by = Rekstraraðili: { $name }

## Phone numbers in country facts
phone-hours-always = Dag og nótt, alla daga
phone-hours-not-stated = Opnunartími ekki tilgreindur
# Opening hours in the country's local time; $hours is e.g. "Mon–Fri 09:00–16:30".
phone-hours = { $hours } (staðartími)
phone-abroad-yes = Svarar símtölum erlendis frá
phone-abroad-no = Ekki hægt að hringja erlendis frá
phone-abroad-not-stated = Ekki kemur fram hvort svarað er símtölum erlendis frá
# In the referral view, for a number of the person's country that does not answer from abroad.
phone-unreachable = Ekki er hægt að hringja í þetta númer erlendis frá: það virkar aðeins innanlands (land: { $country }).
# The international form of a number, shown beside the local one.
phone-international = Erlendis frá: { $number }
phone-for-victims = Fyrir þolendur
phone-for-professionals = Fyrir fagfólk
phone-for-both = Fyrir þolendur og fagfólk
phone-for-public = Fyrir alla
# $languages is a list of language names.
phone-languages = Tungumál: { $languages }

## Country names
country-bg = Búlgaría
country-dk = Danmörk
country-de = Þýskaland
country-ee = Eistland
country-fi = Finnland
country-is = Ísland
country-lv = Lettland
country-lt = Litáen
country-no = Noregur
country-pl = Pólland
country-ro = Rúmenía
country-se = Svíþjóð
country-ua = Úkraína

## Words inside rendered sections
# After a source in a section's footnotes: "(information as of 2024; checked 2026-12-01)".
source-dates = upplýsingar frá: { $asof }; athugað { $checked }
source-undated = heimildin gefur enga dagsetningu; athugað { $checked }
footnotes-title = Heimildir og athugasemdir
callout-note = Athugið
callout-tip = Ábending
callout-important = Mikilvægt
callout-warning = Viðvörun
callout-caution = Varúð

## App: page frame and navigation
skip-to-content = Fara beint í efnið
nav-contents = Efnisyfirlit
loading = Hleður…
not-found = Þessi síða er ekki til í leiðbeiningunum.
guide-version = Útgáfa leiðbeininganna: { $version }
external-link = Þessi vefsíða opnast utan forritsins. Afritaðu slóðina í vafra: { $url }

## App: languages
ui-language = Tungumál viðmóts
content-language = Tungumál efnis
parallel-view = Hlið við hlið við
parallel-off = (eitt tungumál)

## App: search
search-label = Leita í leiðbeiningunum
search-placeholder = Leita (ýttu á / eða Ctrl+K)
search-no-results = Ekkert fannst fyrir „{ $query }“. Prófaðu færri eða önnur orð.
search-results-count =
    { $count ->
        [0] Engar niðurstöður
        [1] Ein niðurstaða
        [one] { $count } niðurstaða
       *[other] { $count } niðurstöður
    }
# Search notices (a search's `notice`): $max is a number.
search-notice-cut-chars = Leitin var stytt (hámarksfjöldi stafa: { $max }).
search-notice-cut-words = Leitin var stytt (hámarksfjöldi orða: { $max }).
search-notice-failed = Ekki var hægt að svara þessari leit. Prófaðu önnur orð.
search-preparing = Verið er að undirbúa leitina… Niðurstöður birtast eftir augnablik.
# $reason is a technical message in English.
search-unavailable = Leit er ekki tiltæk í þessari lotu: { $reason }
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Fannst á öðru tungumáli: { $language }

## App: section view
present = Kynna
print = Prenta
sources-title = Heimildir
# Heading of a country profile's facts; $country is the localized country name.
country-facts = Lykilupplýsingar: { $country }

## App: settings (kept on this device only)
settings = Stillingar
font-size = Leturstærð
font-size-normal = Venjuleg
font-size-large = Stór
font-size-larger = Stærri
font-size-largest = Stærst
theme = Litir
theme-auto = Eins og í kerfinu
theme-light = Ljóst
theme-dark = Dökkt
theme-contrast = Mikil birtuskil
settings-privacy = Stillingar eru aðeins geymdar í þessu tæki. Leitir eru ekki vistaðar.

## App: presentation (audience screen) and presenter window
slide = glæra
slide-count = Glæra { $n } af { $total }
slide-prev = Fyrri
slide-next = Næsta
slide-overview = Yfirlit
presenter-open = Kynnisskjár
presentation-exit = Hætta
presenter-timer = Liðinn tími
presenter-start = Ræsa klukku
presenter-pause = Gera hlé á klukku
presenter-reset = Núllstilla klukku
presenter-current = Núverandi glæra
presenter-notes = Minnispunktar kynnis
presenter-no-notes = Engir minnispunktar fyrir þessa glæru.
presenter-next = Næst: { $title }
presenter-last = Þetta er síðasta glæran.
presenter-waiting = Byrjaðu kynningu í aðalglugganum: þá sýnir þessi gluggi minnispunkta kynnis.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Sýna manneskjunni
person-choose-language = Veldu tungumálið þitt
person-choose-hint = Manneskjan sem fær aðstoð getur bent á tungumálið sitt.
person-other-language = Annað tungumál
person-back = Aftur í leiðbeiningarnar

## App: the referral view — "I am in <country>, the person is from <country>"
# The top-bar link and the view's title.
referral = Vísa manneskju áfram
referral-intro = Veldu hvar þú ert og hvaðan manneskjan kemur: hvert skref fjölþjóðlega tilvísunarkerfisins er sýnt ásamt því við hverja á að hafa samband í báðum löndum.
# Labels of the two country lists.
referral-here = Landið sem ég er í
referral-origin = Upprunaland manneskjunnar
referral-choose = Veldu land
referral-origin-other = Annað land (ekki í þessum leiðbeiningum)
referral-prompt = Veldu bæði löndin til að sjá skrefin.
# Above the steps (printed) and announced to screen readers when they change.
referral-case = Landið sem ég er í: { $here }; upprunaland manneskjunnar: { $origin }.
referral-case-other = Landið sem ég er í: { $here }; manneskjan kemur frá landi sem þessar leiðbeiningar ná ekki til.
referral-domestic = Manneskjan er frá landinu sem þú ert í: tengiliðirnir eru sýndir einu sinni (land: { $country }).
referral-other-note = Þessar leiðbeiningar hafa aðeins upplýsingar um lönd fjölþjóðlega tilvísunarkerfisins: aðeins tengiliðir í landinu sem þú ert í eru sýndir (land: { $country }).
# Headings of the two columns of facts at each step.
referral-side-here = { $country }: þar sem þú ert
referral-side-origin = { $country }: land manneskjunnar
# $facts is a list of fact labels, e.g. "Emergency, National coordinator".
referral-missing = Ekki í þessum leiðbeiningum: { $facts }
# $heading is a heading of the country's profile, e.g. "Return and reintegration".
referral-profile = Í landslýsingunni: { $heading }
# Names the list of links to headings of a step's section ("Do now", "Cross-border: …").
referral-step-links = Fara í
referral-fallback = Skrefin eru ekki enn til á völdu tungumáli ({ $language }). Þau eru sýnd á ensku.
referral-unknown-country = Ekkert land með kóðann „{ $code }“ er í þessum leiðbeiningum. Veldu land af listanum.
# Links on a country profile that open the referral view with that country chosen.
referral-link-here = Vísa manneskju áfram: landið sem ég er í er { $country }
referral-link-origin = Vísa manneskju áfram: upprunaland manneskjunnar er { $country }

## App: guide updates (desktop app only) — installing a signed guide update file and going back
# Heading of the settings panel part that says which guide is in use.
guide-in-use = Leiðbeiningar í notkun
guide-in-use-builtin = Útgáfa { $version } af leiðbeiningunum, innbyggð í forritið.
# $date is the date the guide's content was released, $installed the day it was installed on this computer, $signer who signed it.
guide-in-use-installed = Útgáfa { $version } af leiðbeiningunum, dagsett { $date } og sett upp { $installed }. Rafræn undirskrift: { $signer }.
update-install = Setja upp uppfærslu á leiðbeiningunum úr skrá…
update-drop-hint = Þú getur líka dregið uppfærsluskrá (.trmpack) inn í þennan glugga.
# The confirmation before installing: nothing is installed before the user has seen what it is.
update-confirm-title = Setja upp þessa uppfærslu á leiðbeiningunum?
# $replaces is the version of the guide in use now.
update-confirm-body = Útgáfa { $version } af leiðbeiningunum, dagsett { $date }. Rafræn undirskrift: { $signer }. Hún kemur í stað útgáfu { $replaces }. Það sem breytist:
update-confirm-install = Setja upp
update-confirm-cancel = Hætta við
update-installed = Útgáfa { $version } af leiðbeiningunum er nú í notkun.
# $reason says why in English (the file, and what is wrong with it).
update-refused = Uppfærslan var ekki sett upp: { $reason }
update-roll-back = Fara aftur í útgáfu { $version } af leiðbeiningunum
update-roll-back-builtin = Fara aftur í leiðbeiningarnar sem eru innbyggðar í forritið
update-rolled-back = Útgáfa { $version } af leiðbeiningunum er aftur í notkun.
# Shown when the installed guide could not be read at start: the program fell back to a guide it could read.
update-damaged = Ekki var hægt að lesa uppsettu uppfærsluna á leiðbeiningunum. Fyrri leiðbeiningar eru því í notkun. Settu uppfærsluna upp aftur. Nánar: { $reason }
update-refused-at-start = Uppsetta uppfærslan á leiðbeiningunum var ekki notuð þar sem hún stóðst ekki athugunina. Fyrri leiðbeiningar eru því í notkun. Nánar: { $reason }

## App: "What changed" — the facts and sections the last guide update changed
changes = Hvað breyttist
# $date is the day the update was installed.
changes-intro = Þetta breyttist með uppfærslunni á leiðbeiningunum sem var sett upp { $date }. Athugaðu þessi atriði áður en þú treystir á það sem þú manst.
changes-none = Leiðbeiningarnar í notkun eru þær sem eru innbyggðar í forritið: engin uppfærsla hefur breytt þeim.
changes-facts = Tengiliðir og upplýsingar
changes-sections = Kaflar
# After a fact that the update added or removed.
changes-new = bætt við
changes-gone = fjarlægt
# After a section changed only in other languages; $languages is a list of language names.
changes-other-languages = (breytt á öðrum tungumálum: { $languages })
# A small badge after a fact that the last update changed; it links to "What changed".
fact-changed = breytt

## App: "Show to the person" — finding a language, and printing in two languages
# Label of the box that filters the list of languages (by their own name, English name, or name in the officer's language).
person-filter = Leita að tungumáli
# A button on the leaflet: prints the person's leaflet and, after it, the same leaflet in the officer's language ($language).
person-print-both = Prenta einnig á tungumálinu: { $language }

## App: settings on this device that could not be read (damaged storage)
# Shown once at start; $settings is a list of setting names ("Text size, Colours").
settings-reset = Ekki var hægt að lesa sumar stillingar í þessu tæki og því voru þær endurstilltar: { $settings }.
# Shown instead when none of the settings could be read.
settings-reset-all = Ekki var hægt að lesa stillingarnar í þessu tæki og því voru þær endurstilltar.
