## Ce răspund birourile: refuzuri, stadiul cererilor, fișe.
## Codurile vin din contractele cu instituțiile (docs/contracts).

agency-not-available = Serviciul biroului nu răspunde acum. Nu ai pierdut nimic: încearcă mai târziu sau întreabă operatorul.
agency-where-else = Poți verifica și singur, pe site-ul biroului, sau poți întreba la ghișeu. Operatorul îți poate tipări o foaie cu adresele.
agency-problem-other = Biroul nu a putut accepta cererea așa cum este. Întreabă operatorul.
agency-problem-no-such-reference = Biroul nu găsește niciun dosar cu acest număr și această dată de naștere. Verifică numărul de pe chitanță.
agency-problem-card-not-valid = Biblioteca nu recunoaște legitimația: verifică numărul și numele de familie sau întreabă la bibliotecă.
agency-problem-slot-taken = Acest loc tocmai a fost luat de altă persoană. Alege altă zi sau altă oră.
agency-problem-prescription-not-found = CUP (centrul de programări) nu găsește această rețetă. Verifică numărul (NRE) de pe rețetă sau întreabă operatorul.
agency-problem-prescription-used = Această rețetă a fost deja folosită pentru o programare.
agency-problem-already-applied = Biroul are deja o cerere la fel ca aceasta.

## The three answers of the Polizia di Stato's public page
## (questure.poliziadistato.it/stranieri), and what the kiosk says when it
## cannot read the page.
status-permit-status-ready = Permisul de ședere (permesso di soggiorno) este gata. Questura (poliția pentru permise) îți trimite un SMS cu ziua și locul unde să-l ridici.
status-permit-status-in-progress = Permisul de ședere este în lucru: încă nu este gata. Verifică din nou peste câteva zile.
status-permit-status-not-in-archive = Acest număr nu este în arhiva Polizia di Stato (poliția italiană). Verifică numărul de pe chitanță. Dacă numărul este corect, poate cererea nu a ajuns încă: încearcă din nou peste câteva zile sau întreabă operatorul.
permit-page-unreadable = Nu am reușit să citim răspunsul paginii Polizia di Stato. Deschide pagina cu operatorul, sau pe telefonul tău cu acest cod QR, și scrie numărul tău.



item-provider = Organizator
item-place = Loc
item-hours = Ore
item-certificate = Certificat
item-requirements = Condiții
item-cost = Cost
item-starts-on = Începe
item-deadline = Termen
item-contact = Contact
item-posts = Locuri
item-contract = Contract
item-language = Limba
item-how-to-read = Cum se citește
