## Health bookings and ticket: assets/flows/health-booking.toml.

flow-health-booking-prescription_kind = What kind of prescription do you have?
flow-health-booking-prescription_kind-hint = The electronic prescription is a white sheet with two barcodes at the top.
flow-health-booking-prescription_kind-electronic = Electronic prescription (white sheet)
flow-health-booking-prescription_kind-paper = Red paper prescription

flow-health-booking-paper_prescription = The red prescription cannot be read here. Book at the CUP desk at the hospital, at a pharmacy or by phone (the free number is on the prescription).

flow-health-booking-page-codes = The codes on the prescription
flow-health-booking-nre = Prescription number (NRE)
flow-health-booking-nre-hint = 15 characters, above the two barcodes at the top of the prescription.
flow-health-booking-patient_code = The patient's tax code (codice fiscale), or STP code
flow-health-booking-patient_code-hint = The tax code is on the health card (tessera sanitaria). People without a residence permit use the STP code (it starts with STP and has 16 characters).

flow-health-booking-priority = What priority is on the prescription?
flow-health-booking-priority-hint = It is a letter in the "priorità" box on the prescription.
flow-health-booking-priority-u = U: urgent (within 72 hours)
flow-health-booking-priority-b = B: soon (within 10 days)
flow-health-booking-priority-d = D: can wait (within 30 or 60 days)
flow-health-booking-priority-p = P: planned

flow-health-booking-area = Where would you rather go?
flow-health-booking-area-arezzo = Arezzo
flow-health-booking-area-valdarno = Valdarno (Montevarchi)
flow-health-booking-area-casentino = Casentino (Bibbiena)
flow-health-booking-area-valtiberina = Valtiberina (Sansepolcro)
flow-health-booking-area-valdichiana = Valdichiana (Cortona, Castiglion Fiorentino)
flow-health-booking-area-any = The first free place, anywhere

flow-health-booking-slot = Choose the day and time
flow-health-booking-slot-hint = These are the free places for your prescription.
flow-health-booking-slot-none = There are no free places in this area. Go back and choose another area, or ask the operator.

flow-health-booking-phone = Your phone number
flow-health-booking-phone-hint = The CUP phones you or sends you a message if the appointment changes.

flow-health-booking-payment = We print the booking sheet and the payment notice for the ticket (pagoPA). Pay before the appointment: at a pharmacy, at a tobacconist's, at the post office, with the app IO or at the hospital pay desk. If you have an exemption written on the prescription, you do not pay the ticket. To cancel, phone the CUP with the booking code.
