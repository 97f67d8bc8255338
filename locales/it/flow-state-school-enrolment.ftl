## Iscrizioni scolastiche statali: assets/flows/state-school-enrolment.toml.

flow-state-school-enrolment-window_closed = Le iscrizioni on-line sono chiuse: si fanno ogni anno tra gennaio e febbraio. Puoi comunque preparare qui la domanda: la stampiamo e la porti alla segreteria della scuola, che accetta le iscrizioni fuori termine.

flow-state-school-enrolment-school_level = In quale scuola vuoi iscrivere tuo figlio o tua figlia?
flow-state-school-enrolment-school_level-hint = Solo la prima classe. Per la scuola dell'infanzia si usa un modulo di carta della scuola.
flow-state-school-enrolment-school_level-primary = Scuola primaria (elementare), prima classe
flow-state-school-enrolment-school_level-lower-secondary = Scuola secondaria di primo grado (media), prima classe
flow-state-school-enrolment-school_level-upper-secondary = Scuola secondaria di secondo grado (superiore), prima classe
flow-state-school-enrolment-school_level-vocational = Corso di formazione professionale della Regione (CFP)

flow-state-school-enrolment-page-pupil = Il bambino o la bambina da iscrivere
flow-state-school-enrolment-pupil_surname = Cognome
flow-state-school-enrolment-pupil_given_name = Nome
flow-state-school-enrolment-pupil_sex = Sesso
flow-state-school-enrolment-pupil_sex-female = Femmina
flow-state-school-enrolment-pupil_sex-male = Maschio
flow-state-school-enrolment-pupil_birth_date = Data di nascita
flow-state-school-enrolment-too-old-for-primary = Per la prima classe della primaria il bambino deve avere 5 o 6 anni. Per un bambino più grande parla con la scuola.

flow-state-school-enrolment-page-pupil-origin = Nascita e documenti del bambino
flow-state-school-enrolment-pupil_birth_country = Stato di nascita
flow-state-school-enrolment-pupil_citizenship = Cittadinanza
flow-state-school-enrolment-pupil_has_cf = Il bambino ha il codice fiscale?
flow-state-school-enrolment-pupil_has_cf-hint = Anche senza codice fiscale e senza documenti il bambino ha diritto di andare a scuola: la scuola ti aiuta.
flow-state-school-enrolment-pupil_codice_fiscale = Codice fiscale del bambino

flow-state-school-enrolment-page-parent = Il genitore che fa la domanda
flow-state-school-enrolment-parent_relationship = Chi sei per il bambino?
flow-state-school-enrolment-parent_relationship-mother = Madre
flow-state-school-enrolment-parent_relationship-father = Padre
flow-state-school-enrolment-parent_relationship-guardian = Tutore
flow-state-school-enrolment-parent_surname = Cognome
flow-state-school-enrolment-parent_given_name = Nome
flow-state-school-enrolment-parent_codice_fiscale = Il tuo codice fiscale
flow-state-school-enrolment-parent_codice_fiscale-hint = Se non hai il codice fiscale, lascia vuoto: la scuola ti aiuta a completare la domanda.

flow-state-school-enrolment-page-address = Dove abita il bambino
flow-state-school-enrolment-comune = Comune
flow-state-school-enrolment-street = Via e numero civico
flow-state-school-enrolment-cap = CAP

flow-state-school-enrolment-page-contacts = Come ti scrive la scuola
flow-state-school-enrolment-email = E-mail
flow-state-school-enrolment-email-hint = Le notizie sulla domanda arrivano per e-mail e sull'app IO.
flow-state-school-enrolment-phone = Telefono

flow-state-school-enrolment-page-schools = Le scuole che scegli
flow-state-school-enrolment-first_choice = Codice della scuola che preferisci
flow-state-school-enrolment-first_choice-hint = Il codice ha 10 caratteri e per Arezzo comincia con AR, per esempio ARIC82100X. Lo trovi su "Scuola in Chiaro" o lo chiedi all'operatore.
flow-state-school-enrolment-second_choice = Seconda scelta (se vuoi)
flow-state-school-enrolment-third_choice = Terza scelta (se vuoi)
flow-state-school-enrolment-same-school-twice = Hai già scelto questa scuola: scrivi un'altra scuola o lascia vuoto.

flow-state-school-enrolment-religion_teaching = Vuoi che tuo figlio faccia l'ora di religione cattolica?
flow-state-school-enrolment-religion_teaching-hint = Se rispondi no, tra fine maggio e inizio luglio scegli con la scuola un'attività diversa.
flow-state-school-enrolment-religion_teaching-yes = Sì
flow-state-school-enrolment-religion_teaching-no = No, un'attività alternativa

flow-state-school-enrolment-what_next = La scuola esamina la domanda e ti scrive per e-mail se il bambino è accettato nella scuola che hai scelto o in un'altra. Tieni la ricevuta: c'è il numero della domanda.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-state-school-enrolment-portal_ready = Il tuo SPID o la tua CIE con il PIN; il codice fiscale tuo e del bambino; il codice della scuola scelta (codice meccanografico, sul sito della scuola o su Scuola in Chiaro).
