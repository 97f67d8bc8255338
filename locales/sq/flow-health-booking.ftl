## Rezervimi shëndetësor dhe ticket: assets/flows/health-booking.toml.

flow-health-booking-prescription_kind = Çfarë recete ke?
flow-health-booking-prescription_kind-hint = Receta elektronike është një fletë e bardhë me dy barkode lart.
flow-health-booking-prescription_kind-electronic = Recetë elektronike (fletë e bardhë)
flow-health-booking-prescription_kind-paper = Recetë e kuqe prej letre

flow-health-booking-paper_prescription = Receta e kuqe nuk mund të lexohet këtu. Rezervo në sportelin CUP të spitalit, në farmaci ose me telefon (numri falas është në recetë).

flow-health-booking-page-codes = Kodet e recetës
flow-health-booking-nre = Numri i recetës (NRE)
flow-health-booking-nre-hint = 15 karaktere, mbi dy barkodet lart në recetë.
flow-health-booking-patient_code = Codice fiscale (kodi tatimor) i pacientit, ose kodi STP
flow-health-booking-patient_code-hint = Codice fiscale është në tessera sanitaria (kartën shëndetësore). Kush nuk ka leje qëndrimi përdor kodin STP (fillon me STP dhe ka 16 karaktere).

flow-health-booking-priority = Cila përparësi është në recetë?
flow-health-booking-priority-hint = Është një shkronjë në kutinë "priorità" të recetës.
flow-health-booking-priority-u = U: urgjente (brenda 72 orëve)
flow-health-booking-priority-b = B: e shkurtër (brenda 10 ditëve)
flow-health-booking-priority-d = D: e shtyshme (brenda 30 ose 60 ditëve)
flow-health-booking-priority-p = P: e programuar

flow-health-booking-area = Ku preferon të shkosh?
flow-health-booking-area-arezzo = Arezzo
flow-health-booking-area-valdarno = Valdarno (Montevarchi)
flow-health-booking-area-casentino = Casentino (Bibbiena)
flow-health-booking-area-valtiberina = Valtiberina (Sansepolcro)
flow-health-booking-area-valdichiana = Valdichiana (Cortona, Castiglion Fiorentino)
flow-health-booking-area-any = Vendi i parë i lirë, kudo qoftë

flow-health-booking-slot = Zgjidh ditën dhe orën
flow-health-booking-slot-hint = Këto janë vendet e lira për recetën tënde.
flow-health-booking-slot-none = Nuk ka vende të lira në këtë zonë. Kthehu pas dhe zgjidh një zonë tjetër, ose pyet operatorin.

flow-health-booking-phone = Telefoni yt
flow-health-booking-phone-hint = CUP të telefonon ose të shkruan nëse takimi ndryshon.

flow-health-booking-payment = Shtypim fletën e rezervimit dhe njoftimin e pagesës së ticket-it (pagoPA). Paguaj para vizitës: në farmaci, në duhantore (tabaccheria), në postë, me app IO ose në arkën e spitalit. Nëse ke një përjashtim të shkruar në recetë, ticket-i nuk paguhet. Për ta anuluar, telefono CUP-in me kodin e rezervimit.
