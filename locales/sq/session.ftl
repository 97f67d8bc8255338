## The pages of a session: the bar on every page, the questions, the check
## page, sending, the confirmation, look-up results, printing, the idle
## warning and the on-screen keyboard. Short words: they go on buttons.

## The bar at the top of every page.

training-ribbon = TRAJNIM — provë: asgjë nuk dërgohet te zyrat, fletët janë fac-simile.

bar-call-operator = Thirr një operator
# Shown only when the help desk's device confirmed it received the call.
bar-operator-called = Kemi njoftuar sportelin: një operator vjen sapo të mundet. Qëndro këtu.
bar-operator-calling = Po njoftoj sportelin…
# The call could not be sent (no notification set up, or it failed): say so.
bar-operator-go-to-desk = Nuk mund ta njoftoj sportelin nga këtu. Shko te sporteli ose ngri dorën: një operator do të të ndihmojë.
bar-operator-cancel = Anulo thirrjen
bar-text-size = Tekst më i madh
bar-text-size-reset = Tekst normal
bar-contrast-high = Kontrast i lartë
bar-contrast-normal = Kontrast normal
bar-listen = Dëgjo
bar-listen-stop = Ndalo zërin
bar-auto-read-on = Lexo çdo faqe
bar-auto-read-off = Mos lexo më
# Read aloud instead of the reference number when the sound is on a loudspeaker.
speech-reference-not-read = Numri i kërkesës tënde është në ekran dhe në faturë. Nuk e lexoj me zë, për privatësinë tënde.

## Service introduction.

intro-start = Fillo
intro-print = Printo këtë informacion

## Question pages.

# Variables: $current (number), $total (number)
wizard-progress = Pyetja { $current } nga { $total }
wizard-continue = Vazhdo
wizard-back = Prapa
wizard-leave = Dil
wizard-leave-question = Do të dalësh nga ky shërbim? Përgjigjet që ke dhënë do të fshihen.
wizard-leave-yes = Po, dil
wizard-leave-no = Jo, qëndro
wizard-optional = (nëse do)
wizard-yes = Po
wizard-no = Jo
wizard-choose-many = Mund të prekësh më shumë se një përgjigje.
wizard-type-here = Prek këtu për të shkruar
wizard-suggestions = Prek emrin e duhur:
wizard-no-suggestion = Nuk u gjet asnjë emër: kontrollo shkronjat e para.
wizard-asking = Po pyes zyrën…
wizard-try-again = Provo përsëri
# Variables: $number (number)
wizard-person = Personi { $number }
wizard-add-another-yes = Po, shto një person
wizard-add-another-no = Jo, vazhdo
wizard-ended-finish = Mbarova
wizard-ended-services = Kthehu te shërbimet

## The error summary at the top of a page (GOV.UK pattern).

error-summary-title = Ka një problem
error-summary-hint = Korrigjo atë që është shënuar me të kuqe. Ato që ke shkruar janë ende aty.
# Variables: $field (string), $problem (string)
error-summary-item = { $field }: { $problem }

## Check your answers.

check-title = Kontrollo përgjigjet e tua
check-hint = Nëse diçka nuk shkon, prek «Ndrysho».
check-change = Ndrysho
check-not-provided = Nuk është treguar
check-send-application = Dërgo kërkesën
check-send-status = Kontrollo tani
check-send-item = Shiko fletën

## Sending and waiting.

sending-title = Po dërgoj kërkesën…
asking-title = Po pyes zyrën…
# Variables: $seconds (number)
sending-elapsed =
    { $seconds ->
        [one] Ka kaluar { $seconds } sekondë.
       *[other] Kanë kaluar { $seconds } sekonda.
    }
sending-saved = Kërkesa është ruajtur tashmë në kioskë: nuk humbet.
sending-continue = Vazhdo pa pritur
asking-cancel = Anulo

## Confirmation.

confirm-reference = Numri i kërkesës sate
confirm-keep = Ruaje dëftesën: me këtë numër mund të pyesësh se në ç'pikë është kërkesa.
confirm-finish = Mbarova
confirm-home = Një shërbim tjetër

## Results of a look-up.

result-not-answered = Nuk kemi përgjigje

## Printing.

print-receipt = Printo dëftesën
print-form = Printo formularin për ta nënshkruar
print-payment = Printo njoftimin e pagesës
print-certificate = Printo certifikatën
print-item = Printo fletën
print-where = Printo ku të kontrollosh
print-again = Printo përsëri
print-printing = Po printoj…
print-done = U printua: merr fletën nga printeri.

## The idle warning.

idle-title = A je ende këtu?
# Variables: $seconds (number)
idle-countdown =
    { $seconds ->
        [one] Pas { $seconds } sekonde fshij gjithçka dhe kthehem në fillim.
       *[other] Pas { $seconds } sekondash fshij gjithçka dhe kthehem në fillim.
    }
idle-continue = Po, vazhdoj

## The on-screen keyboard.

keyboard-space = hapësirë
keyboard-delete = Fshi
keyboard-clear = Fshi të gjitha
keyboard-capitals = Shkronja të mëdha
keyboard-other-letters = Shkronja të tjera
keyboard-hide = Mbyll tastierën

## Results: a title for each outcome.

result-refused = Zyra nuk e pranoi kërkesën
result-not-found = Asnjë rezultat me këto të dhëna
print-result = Printo përgjigjen

## Formats told before typing; a page that only tells something.

wizard-format-date = Dita, muaji dhe viti me shifra: për shembull 15/03/1990.
wizard-format-name = Me shkronja latine, si në pasaportë.
wizard-note-title = Mirë ta dish

## Before "I have finished" when a paper did not print.

papers-title = I more fletët e tua?
papers-not-printed = Një fletë nuk u printua.
papers-what-now = Mund ta printosh përsëri, ose të kërkosh ndihmë te sporteli. Nëse mbaron tani, kjo faqe mbyllet.
papers-finish-anyway = Mbaro pa fletën
papers-back = Kthehu te faqja

## Days of the week (slots are listed by day), Monday first.

weekday-1 = E hënë
weekday-2 = E martë
weekday-3 = E mërkurë
weekday-4 = E enjte
weekday-5 = E premte
weekday-6 = E shtunë
weekday-7 = E diel
