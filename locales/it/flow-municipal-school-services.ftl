## Servizi scolastici comunali: assets/flows/municipal-school-services.toml.

flow-municipal-school-services-services = Per quali servizi fai domanda?
flow-municipal-school-services-services-hint = Puoi sceglierne più di uno.
flow-municipal-school-services-services-nursery = Asilo nido (da 3 mesi a 3 anni)
flow-municipal-school-services-services-canteen = Mensa scolastica
flow-municipal-school-services-services-transport = Trasporto scolastico (scuolabus)

flow-municipal-school-services-page-transport = Il trasporto scolastico
flow-municipal-school-services-transport_far = Abitate fuori dal centro della città e a più di 1 km dalla scuola?
flow-municipal-school-services-transport_far-hint = Lo scuolabus è solo per chi abita lontano dalla scuola.
flow-municipal-school-services-transport-too-close = Il trasporto è solo per chi abita fuori dal centro e a più di 1 km dalla scuola. Torna indietro e togli il trasporto, oppure chiedi all'operatore.
flow-municipal-school-services-transport_nearest_school = Il bambino va alla scuola più vicina a casa?

flow-municipal-school-services-page-child = Il bambino o la bambina
flow-municipal-school-services-child_surname = Cognome
flow-municipal-school-services-child_given_name = Nome
flow-municipal-school-services-child_birth_date = Data di nascita
flow-municipal-school-services-nursery-age = Il nido è per bambini fino a 3 anni. Per un bambino più grande togli il nido dalla scelta.
flow-municipal-school-services-child_codice_fiscale = Codice fiscale del bambino
flow-municipal-school-services-child_codice_fiscale-hint = Se il bambino non ha il codice fiscale, lascia vuoto.

flow-municipal-school-services-school_name = Quale scuola frequenta?
flow-municipal-school-services-school_name-hint = Il nome della scuola e la classe, per esempio "Primaria Pio Borri, 2ª B".

flow-municipal-school-services-page-diet = I pasti
flow-municipal-school-services-special_diet = Il bambino ha bisogno di una dieta speciale?
flow-municipal-school-services-special_diet-none = No
flow-municipal-school-services-special_diet-medical = Sì, per motivi di salute (allergia, intolleranza)
flow-municipal-school-services-special_diet-religious = Sì, per motivi religiosi
flow-municipal-school-services-special_diet-vegetarian = Sì, vegetariana
flow-municipal-school-services-diet_details = Che cosa non può mangiare?
flow-municipal-school-services-diet_details-hint = Per motivi di salute serve anche il certificato del medico: portalo all'ufficio scuola.

flow-municipal-school-services-page-parent = Il genitore che paga il servizio
flow-municipal-school-services-parent_relationship = Chi sei per il bambino?
flow-municipal-school-services-parent_relationship-mother = Madre
flow-municipal-school-services-parent_relationship-father = Padre
flow-municipal-school-services-parent_relationship-guardian = Tutore
flow-municipal-school-services-parent_surname = Cognome
flow-municipal-school-services-parent_given_name = Nome
flow-municipal-school-services-parent_codice_fiscale = Il tuo codice fiscale

flow-municipal-school-services-page-address = Dove abitate
flow-municipal-school-services-comune = Comune
flow-municipal-school-services-street = Via e numero civico
flow-municipal-school-services-cap = CAP

flow-municipal-school-services-page-isee = ISEE
flow-municipal-school-services-has_isee = Hai un'attestazione ISEE valida?
flow-municipal-school-services-has_isee-hint = Con un ISEE fino a 13.500 euro paghi una tariffa ridotta. Senza ISEE si paga la tariffa intera. L'ISEE si fa gratis a un CAF.
flow-municipal-school-services-isee_value = Valore ISEE, in euro

flow-municipal-school-services-page-contacts = I tuoi contatti
flow-municipal-school-services-phone = Telefono
flow-municipal-school-services-email = E-mail

flow-municipal-school-services-what_next = L'ufficio scuola del Comune controlla la domanda e pubblica le graduatorie. Ti scrive o ti telefona per dirti se il bambino è ammesso e quanto costa il servizio.
