## Per-service information sheets ("print this info"): what you need,
## what it costs, where and when. Facts from the design notes (DOMAIN.md).

info-need = Che cosa ti serve
info-cost = Quanto costa
info-where = Dove e quando

info-certificates-need = Il codice fiscale della persona del certificato. Per il certificato in bollo, una marca da bollo da 16 euro.
info-certificates-cost = Il certificato on-line è gratuito. In bollo costa 16 euro (marca da bollo); i certificati di nascita e di matrimonio sono sempre senza bollo.
info-certificates-where = Subito, qui al chiosco o sul portale ANPR. Il certificato vale 6 mesi e non si consegna agli uffici pubblici: a loro basta l'autocertificazione.

info-residence-change-need = Un documento d'identità di ogni persona che si trasferisce, il permesso di soggiorno (o la ricevuta delle Poste) per chi non è cittadino dell'Unione europea, il contratto d'affitto registrato o il titolo per abitare la casa.
info-residence-change-cost = Gratuito.
info-residence-change-where = Entro 20 giorni dal trasloco. Il Comune registra la dichiarazione entro 2 giorni lavorativi; la Polizia Municipale può controllare entro 45 giorni. Ufficio Anagrafe del Comune di Arezzo, Piazza Amintore Fanfani.

info-permit-status-need = Il numero della pratica (10 caratteri) o il numero assicurata (12 cifre) della ricevuta delle Poste.
info-permit-status-cost = Gratuito.
info-permit-status-where = Sempre, qui o sul sito della Polizia di Stato (la pagina pubblica che legge il chiosco). Quando il permesso è pronto, la Questura ti manda un SMS con il giorno e il posto per ritirarlo.

info-family-reunification-need = Un permesso di soggiorno di almeno un anno, il reddito dell'ultimo anno (Certificazione Unica o dichiarazione dei redditi), il contratto della casa e il certificato di idoneità alloggiativa del Comune, i documenti dei familiari.
# Source: Prefetture's immigration FAQ (e.g. Reggio Emilia, read 2026-12):
# one 16 € marca da bollo per application.
info-family-reunification-cost = La domanda chiede una marca da bollo da 16 € (se ne scrivono i dati sul portale). Il certificato di idoneità alloggiativa e le traduzioni dei documenti hanno un costo.
info-family-reunification-where = La domanda si fa sul portale ALI del Ministero dell'Interno, con il tuo SPID o la tua CIE: qui la prepari, e se vuoi un operatore la fa con te. Va allo Sportello Unico per l'Immigrazione della Prefettura di Arezzo; poi il familiare chiede il visto al consolato italiano.

info-citizenship-status-need = Il numero della domanda (K10…) e la tua data di nascita.
info-citizenship-status-cost = Gratuito.
info-citizenship-status-where = Lo stato della domanda si vede solo sul portale ALI del Ministero dell'Interno, entrando con il tuo SPID o la tua CIE: qui prepari il foglio, e se vuoi un operatore lo apre con te. La legge prevede una decisione entro 24 mesi, prorogabili fino a 36.

info-italian-test-a2-need = Il permesso di soggiorno, il passaporto, il codice fiscale e un indirizzo e-mail che leggi ogni giorno.
info-italian-test-a2-cost = Gratuito.
info-italian-test-a2-where = La domanda si fa sul sito testitaliano.interno.it, con il tuo SPID o la tua CIE: qui la prepari, e se vuoi un operatore la fa con te. La convocazione arriva per e-mail entro 60 giorni; il test si fa in un CPIA. Se non lo superi, puoi iscriverti di nuovo dopo 90 giorni.

info-state-school-enrolment-need = I dati del bambino e dei genitori, il codice della scuola che scegli (10 caratteri, per Arezzo comincia con AR) e un indirizzo e-mail.
info-state-school-enrolment-cost = Gratuito.
info-state-school-enrolment-where = Le iscrizioni si fanno sulla piattaforma Unica del Ministero, con il tuo SPID o la tua CIE, ogni anno tra gennaio e febbraio: qui le prepari, e se vuoi un operatore le fa con te. Fuori da questo periodo, porta il modulo alla segreteria della scuola.

info-municipal-school-services-need = I dati del bambino e del genitore che paga, il codice fiscale, il nome della scuola e, se l'hai, l'attestazione ISEE.
info-municipal-school-services-cost = La domanda è gratuita. Il servizio si paga in base all'ISEE: fino a 13.500 euro la tariffa è ridotta.
info-municipal-school-services-where = Ufficio scuola del Comune di Arezzo (Sportello Unico, Piazza Amintore Fanfani), nei periodi di iscrizione indicati dal Comune.

info-online-magazines-need = La tessera di una biblioteca della Toscana.
info-online-magazines-cost = Gratuito.
info-online-magazines-where = Sempre, dal telefono o dal computer con MLOL, o in biblioteca. La tessera si fa gratis alla Biblioteca Città di Arezzo, via dei Pileati 8.

info-training-courses-need = Un documento e il permesso di soggiorno. Per i voucher e gli aiuti, l'iscrizione al Centro per l'Impiego.
info-training-courses-cost = Molti corsi sono gratuiti; la scheda del corso dice il costo.
info-training-courses-where = Presso l'agenzia formativa scritta sulla scheda, prima della scadenza. Informazioni al Centro per l'Impiego di Arezzo, via Monte Cervino 24.

info-job-offers-need = Il curriculum, un documento e il permesso di soggiorno.
info-job-offers-cost = Gratuito.
info-job-offers-where = Al Centro per l'Impiego scritto sull'offerta (Arezzo, San Giovanni Valdarno, Sestino, Civitella), prima della data di chiusura.

info-health-booking-need = La ricetta elettronica (il numero NRE) e la tessera sanitaria, o il codice STP se non hai il permesso di soggiorno.
info-health-booking-cost = Si paga il ticket con pagoPA, se non hai un'esenzione scritta sulla ricetta.
info-health-booking-where = Ospedali e case della salute della USL Toscana Sud Est. Per disdire, chiama il CUP con il codice di prenotazione.
