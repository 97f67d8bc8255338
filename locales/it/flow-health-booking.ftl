## Prenotazione sanitaria e ticket: assets/flows/health-booking.toml.

flow-health-booking-prescription_kind = Che ricetta hai?
flow-health-booking-prescription_kind-hint = La ricetta elettronica è un foglio bianco con due codici a barre in alto.
flow-health-booking-prescription_kind-electronic = Ricetta elettronica (foglio bianco)
flow-health-booking-prescription_kind-paper = Ricetta rossa di carta

flow-health-booking-paper_prescription = La ricetta rossa non si può leggere qui. Prenota allo sportello CUP dell'ospedale, in farmacia o al telefono (numero verde sulla ricetta).

flow-health-booking-page-codes = I codici della ricetta
flow-health-booking-nre = Numero della ricetta (NRE)
flow-health-booking-nre-hint = 15 caratteri, sopra i due codici a barre in alto sulla ricetta.
flow-health-booking-patient_code = Codice fiscale del paziente, o codice STP
flow-health-booking-patient_code-hint = Il codice fiscale è sulla tessera sanitaria. Chi non ha il permesso di soggiorno usa il codice STP (comincia con STP e ha 16 caratteri).

flow-health-booking-priority = Quale priorità c'è sulla ricetta?
flow-health-booking-priority-hint = È una lettera nel riquadro "priorità" della ricetta.
flow-health-booking-priority-u = U: urgente (entro 72 ore)
flow-health-booking-priority-b = B: breve (entro 10 giorni)
flow-health-booking-priority-d = D: differibile (entro 30 o 60 giorni)
flow-health-booking-priority-p = P: programmata

flow-health-booking-area = Dove preferisci andare?
flow-health-booking-area-arezzo = Arezzo
flow-health-booking-area-valdarno = Valdarno (Montevarchi)
flow-health-booking-area-casentino = Casentino (Bibbiena)
flow-health-booking-area-valtiberina = Valtiberina (Sansepolcro)
flow-health-booking-area-valdichiana = Valdichiana (Cortona, Castiglion Fiorentino)
flow-health-booking-area-any = Il primo posto libero, dovunque

flow-health-booking-slot = Scegli il giorno e l'ora
flow-health-booking-slot-hint = Sono i posti liberi per la tua ricetta.
flow-health-booking-slot-none = Non ci sono posti liberi in questa zona. Torna indietro e scegli un'altra zona, oppure chiedi all'operatore.

flow-health-booking-phone = Il tuo telefono
flow-health-booking-phone-hint = Il CUP ti chiama o ti scrive se l'appuntamento cambia.

flow-health-booking-payment = Stampiamo il foglio della prenotazione e l'avviso di pagamento del ticket (pagoPA). Paga prima della visita: in farmacia, al tabaccaio, in posta, con l'app IO o alla cassa dell'ospedale. Se hai un'esenzione scritta sulla ricetta, il ticket non si paga. Per disdire, telefona al CUP con il codice di prenotazione.
