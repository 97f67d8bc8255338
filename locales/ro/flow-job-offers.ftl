## Job offers: assets/flows/job-offers.toml.

flow-job-offers-area = Unde vrei să lucrezi?
flow-job-offers-area-arezzo = Arezzo și împrejurimi
flow-job-offers-area-valdarno = Valdarno
flow-job-offers-area-casentino = Casentino
flow-job-offers-area-valtiberina = Valtiberina
flow-job-offers-area-valdichiana = Valdichiana
flow-job-offers-area-any = În toată provincia

flow-job-offers-sector = În ce domeniu?
flow-job-offers-sector-care = Îngrijirea persoanelor
flow-job-offers-sector-catering = Bucătărie, baruri și restaurante
flow-job-offers-sector-building = Construcții
flow-job-offers-sector-industry = Industrie, mecanică, bijuterie
flow-job-offers-sector-logistics = Depozit și transporturi
flow-job-offers-sector-agriculture = Agricultură
flow-job-offers-sector-cleaning = Curățenie
flow-job-offers-sector-retail = Magazine și vânzări
flow-job-offers-sector-any = Toate domeniile

flow-job-offers-page-hours = Programul și permisul de conducere
flow-job-offers-hours = Câte ore vrei să lucrezi?
flow-job-offers-hours-full-time = Normă întreagă
flow-job-offers-hours-part-time = Part-time (jumătate de normă)
flow-job-offers-hours-any = Nu contează
flow-job-offers-driving_licence = Ai permis de conducere valabil în Italia?
flow-job-offers-driving_licence-hint = Dacă răspunzi nu, nu îți arătăm ofertele care cer permis.

flow-job-offers-offer = Alege o ofertă
flow-job-offers-offer-hint = Tipărim oferta cu codul și Centro per l'Impiego (oficiul de muncă) pe care trebuie să-l contactezi.
flow-job-offers-offer-none = Nu sunt oferte cu aceste alegeri. Întoarce-te și încearcă altă zonă sau alt domeniu.

flow-job-offers-how_to_apply = Ca să candidezi, mergi la Centro per l'Impiego scris pe foaie sau scrie la adresa indicată, cu codul ofertei, CV-ul și permisul de ședere. Fă asta înainte de data de închidere.
