## The pages of a session: the bar on every page, the questions, the check
## page, sending, the confirmation, look-up results, printing, the idle
## warning and the on-screen keyboard. Short words: they go on buttons.

## The bar at the top of every page.

training-ribbon = INSTRUIRE — exercițiu: nimic nu se trimite la birouri, foile sunt modele.

bar-call-operator = Cheamă un operator
# Shown only when the help desk's device confirmed it received the call.
bar-operator-called = Am anunțat ghișeul: un operator vine cât de repede poate. Rămâi aici.
bar-operator-calling = Anunț ghișeul…
# The call could not be sent (no notification set up, or it failed): say so.
bar-operator-go-to-desk = Nu pot anunța ghișeul de aici. Mergi la ghișeu sau ridică mâna: un operator te ajută.
bar-operator-cancel = Anulează apelul
bar-text-size = Text mai mare
bar-text-size-reset = Text normal
bar-contrast-high = Contrast mare
bar-contrast-normal = Contrast normal
bar-listen = Ascultă
bar-listen-stop = Oprește vocea
bar-auto-read-on = Citește fiecare pagină
bar-auto-read-off = Nu mai citi
# Read aloud instead of the reference number when the sound is on a loudspeaker.
speech-reference-not-read = Numărul cererii tale este pe ecran și pe chitanță. Nu îl citesc cu voce tare, pentru confidențialitatea ta.

## Service introduction.

intro-start = Începe
intro-print = Tipărește aceste informații

## Question pages.

# Variables: $current (number), $total (number)
wizard-progress = Întrebarea { $current } din { $total }
wizard-continue = Continuă
wizard-back = Înapoi
wizard-leave = Ieși
wizard-leave-question = Vrei să ieși din acest serviciu? Răspunsurile pe care le-ai dat vor fi șterse.
wizard-leave-yes = Da, ies
wizard-leave-no = Nu, rămân
wizard-optional = (dacă vrei)
wizard-yes = Da
wizard-no = Nu
wizard-choose-many = Poți atinge mai multe răspunsuri.
wizard-type-here = Atinge aici ca să scrii
wizard-suggestions = Atinge numele corect:
wizard-no-suggestion = Nu am găsit niciun nume: verifică primele litere.
wizard-asking = Întreb biroul…
wizard-try-again = Încearcă din nou
# Variables: $number (number)
wizard-person = Persoana { $number }
wizard-add-another-yes = Da, adaugă o persoană
wizard-add-another-no = Nu, mergi mai departe
wizard-ended-finish = Am terminat
wizard-ended-services = Înapoi la servicii

## The error summary at the top of a page (GOV.UK pattern).

error-summary-title = Este o problemă
error-summary-hint = Corectează ce este marcat cu roșu. Ce ai scris este tot acolo.
# Variables: $field (string), $problem (string)
error-summary-item = { $field }: { $problem }

## Check your answers.

check-title = Verifică răspunsurile tale
check-hint = Dacă ceva nu este bine, atinge „Schimbă”.
check-change = Schimbă
check-not-provided = Nu este indicat
check-send-application = Trimite cererea
check-send-status = Verifică acum
check-send-item = Arată fișa

## Sending and waiting.

sending-title = Trimit cererea…
asking-title = Întreb biroul…
# Variables: $seconds (number)
sending-elapsed =
    { $seconds ->
        [one] A trecut { $seconds } secundă.
        [few] Au trecut { $seconds } secunde.
       *[other] Au trecut { $seconds } de secunde.
    }
sending-saved = Cererea este deja salvată în chioșc: nu se pierde.
sending-continue = Nu aștepta: continuă
asking-cancel = Anulează

## Confirmation.

confirm-reference = Numărul cererii tale
confirm-keep = Păstrează chitanța: cu acest număr poți întreba în ce stadiu este cererea.
confirm-finish = Am terminat
confirm-home = Alt serviciu

## Results of a look-up.

result-not-answered = Nu avem un răspuns

## Printing.

print-receipt = Tipărește chitanța
print-form = Tipărește formularul de semnat
print-payment = Tipărește avizul de plată
print-certificate = Tipărește certificatul
print-item = Tipărește fișa
print-where = Tipărește unde poți verifica
print-again = Tipărește din nou
print-printing = Tipăresc…
print-done = Am tipărit: ia foaia din imprimantă.

## The idle warning.

idle-title = Mai ești aici?
# Variables: $seconds (number)
idle-countdown =
    { $seconds ->
        [one] Peste { $seconds } secundă șterg tot și mă întorc la început.
        [few] Peste { $seconds } secunde șterg tot și mă întorc la început.
       *[other] Peste { $seconds } de secunde șterg tot și mă întorc la început.
    }
idle-continue = Da, continui

## The on-screen keyboard.

keyboard-space = spațiu
keyboard-delete = Șterge
keyboard-clear = Șterge tot
keyboard-capitals = Litere mari
keyboard-other-letters = Alte litere
keyboard-hide = Închide tastatura

## Results: a title for each outcome.

result-refused = Biroul nu a acceptat cererea
result-not-found = Niciun rezultat cu aceste date
print-result = Tipărește răspunsul

## Formats told before typing; a page that only tells something.

wizard-format-date = Ziua, luna și anul în cifre: de exemplu 15/03/1990.
wizard-format-name = Cu litere latine, ca în pașaport.
wizard-note-title = Bine de știut

## Before "I have finished" when a paper did not print.

papers-title = Ți-ai luat foile?
papers-not-printed = O foaie nu a fost tipărită.
papers-what-now = Poți s-o tipărești din nou sau poți cere ajutor la ghișeu. Dacă termini acum, această pagină se închide.
papers-finish-anyway = Termină fără foaie
papers-back = Înapoi la pagină

## Days of the week (slots are listed by day), Monday first.

weekday-1 = Luni
weekday-2 = Marți
weekday-3 = Miercuri
weekday-4 = Joi
weekday-5 = Vineri
weekday-6 = Sâmbătă
weekday-7 = Duminică
