## What the offices answer: refusals, states of applications, item cards.
## The codes come from the agency contracts (docs/contracts).

agency-not-available = Shërbimi i zyrës nuk përgjigjet tani. Nuk ke humbur asgjë: provo përsëri më vonë ose pyet operatorin.
agency-where-else = Mund ta kontrollosh edhe vetë, në faqen e internetit të zyrës, ose të pyesësh në sportel. Operatori mund të të shtypë një fletë me adresat.
agency-problem-other = Zyra nuk mundi ta pranojë kërkesën ashtu siç është. Pyet operatorin.
agency-problem-no-such-reference = Zyra nuk gjen asnjë praktikë me këtë numër dhe këtë datë lindjeje. Kontrollo numrin në dëftesë.
agency-problem-card-not-valid = Biblioteka nuk e njeh kartën: kontrollo numrin dhe mbiemrin, ose pyet në bibliotekë.
agency-problem-slot-taken = Këtë vend sapo e zuri një person tjetër. Zgjidh një ditë tjetër ose një orë tjetër.
agency-problem-prescription-not-found = CUP (zyra e rezervimeve) nuk e gjen këtë recetë. Kontrollo numrin (NRE) në recetë, ose pyet operatorin.
agency-problem-prescription-used = Kjo recetë është përdorur tashmë për një rezervim.
agency-problem-already-applied = Zyra ka tashmë një kërkesë njësoj si kjo.

## The three answers of the Polizia di Stato's public page
## (questure.poliziadistato.it/stranieri), and what the kiosk says when it
## cannot read the page.
status-permit-status-ready = Leja e qëndrimit (permesso di soggiorno) është gati. Questura (policia) të dërgon një SMS me ditën dhe vendin ku ta marrësh.
status-permit-status-in-progress = Leja e qëndrimit është duke u përpunuar: nuk është ende gati. Kontrollo përsëri pas disa ditësh.
status-permit-status-not-in-archive = Ky numër nuk është në arkivin e Polizia di Stato. Kontrollo numrin në dëftesë. Nëse numri është i saktë, ndoshta kërkesa nuk ka arritur ende: provo përsëri pas disa ditësh ose pyet operatorin.
permit-page-unreadable = Nuk arritëm ta lexojmë përgjigjen e faqes së Polizia di Stato. Hape faqen me operatorin, ose në telefonin tënd me këtë kod QR, dhe shkruaj numrin tënd.



item-provider = Enti organizator
item-place = Vendi
item-hours = Orët
item-certificate = Dëshmia
item-requirements = Kërkesat
item-cost = Kostoja
item-starts-on = Fillimi
item-deadline = Afati
item-contact = Kontaktet
item-posts = Vende
item-contract = Kontrata
item-language = Gjuha
item-how-to-read = Si ta lexosh
