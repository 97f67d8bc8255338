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

status-permit-status-received = Questura (poliția pentru permise) a primit cererea.
status-permit-status-in-progress = Cererea este în lucru (in trattazione).
status-permit-status-needs-documents = Questura are nevoie de alte documente: uită-te la programare sau întreabă operatorul.
status-permit-status-ready = Permisul de ședere (permesso di soggiorno) este gata: poți merge să-l ridici.
status-permit-status-collected = Permisul de ședere a fost deja ridicat.
status-permit-status-rejected = Cererea nu a fost acceptată. Întreabă operatorul ce poți face.

status-citizenship-status-in-progress = Cererea este în curs de examinare.
status-citizenship-status-granted = Cetățenia a fost acordată: decretul vine prin notificare (SEND).
status-citizenship-status-oath-scheduled = Trebuie să depui jurământul la Comune (primărie): uită-te la dată.
status-citizenship-status-rejected = Cererea a fost respinsă. Întreabă operatorul sau un patronato (birou de ajutor gratuit).
citizenship-phase-1 = Etapa 1: cererea a sosit; se fac primele verificări.
citizenship-phase-2 = Etapa 2: se fac verificările cererii.
citizenship-phase-3 = Etapa 3: birourile au strâns informațiile necesare.
citizenship-phase-4 = Etapa 4: cererea este completă și este în evaluare.
citizenship-phase-5 = Etapa 5: decizia a fost trimisă birourilor competente.
citizenship-phase-6 = Etapa 6: examinarea s-a încheiat cu rezultat pozitiv; decretul merge la Prefettura.
citizenship-phase-7 = Etapa 7: dosarul este încheiat.

status-italian-test-result-scheduled = Testul este programat: uită-te la zi și la loc.
status-italian-test-result-passed = Ai promovat testul de italiană.
status-italian-test-result-failed = Nu ai promovat testul. Te poți înscrie din nou după 90 de zile.
status-italian-test-result-absent = Nu ai fost prezent la test. Te poți înscrie din nou după 90 de zile.

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
