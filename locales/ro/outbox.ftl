## The outbox (the queue of what the kiosk sends), for the operator.

# Variables: $path (string), $preserved (string)
outbox-damaged = Registrul trimiterilor ({ $path }) este deteriorat. O copie a fost salvată în { $preserved }. Chioșcul nu poate trimite cereri: sună la asistența tehnică.
# Variables: $path (string)
outbox-key-missing = Lipsește cheia registrului trimiterilor ({ $path }). Fără cheie, cererile din coadă nu pot fi citite: pune la loc fișierul cheii sau sună la asistența tehnică.
# Variables: $path (string)
outbox-key-wrong = Cheia registrului trimiterilor ({ $path }) nu este cea corectă. Pune la loc fișierul original al cheii sau sună la asistența tehnică.
outbox-too-new = Registrul trimiterilor a fost scris de o versiune mai nouă a programului. Actualizează chioșcul sau sună la asistența tehnică.
outbox-unavailable = Registrul trimiterilor nu poate fi deschis. Chioșcul nu poate trimite cereri: sună la asistența tehnică.

outbox-state-queued = În coadă
outbox-state-sending = Se trimite
outbox-state-delivered = Livrată
outbox-state-retry-wait = În așteptarea unei noi încercări
outbox-state-needs-operator = E nevoie de operator
outbox-state-cancelled = Anulată

outbox-cancel-withdrawn = Retrasă de persoană
outbox-cancel-duplicate = Trimisă de două ori
outbox-cancel-wrong-data = Date greșite, refăcută
outbox-cancel-handled-elsewhere = Rezolvată la ghișeu
