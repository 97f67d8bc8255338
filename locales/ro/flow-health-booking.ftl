## Health booking and ticket: assets/flows/health-booking.toml.

flow-health-booking-prescription_kind = Ce rețetă ai?
flow-health-booking-prescription_kind-hint = Rețeta electronică este o foaie albă cu două coduri de bare sus.
flow-health-booking-prescription_kind-electronic = Rețetă electronică (foaie albă)
flow-health-booking-prescription_kind-paper = Rețetă roșie pe hârtie

flow-health-booking-paper_prescription = Rețeta roșie nu poate fi citită aici. Fă programarea la ghișeul CUP al spitalului, la farmacie sau la telefon (numărul verde de pe rețetă).

flow-health-booking-page-codes = Codurile de pe rețetă
flow-health-booking-nre = Numărul rețetei (NRE)
flow-health-booking-nre-hint = 15 caractere, deasupra celor două coduri de bare de sus de pe rețetă.
flow-health-booking-patient_code = Codice fiscale (cod fiscal) al pacientului sau codul STP
flow-health-booking-patient_code-hint = Codice fiscale este pe tessera sanitaria (cardul de sănătate). Cine nu are permis de ședere folosește codul STP (începe cu STP și are 16 caractere).

flow-health-booking-priority = Ce prioritate este pe rețetă?
flow-health-booking-priority-hint = Este o literă în căsuța „priorità” de pe rețetă.
flow-health-booking-priority-u = U: urgent (în 72 de ore)
flow-health-booking-priority-b = B: scurt (în 10 zile)
flow-health-booking-priority-d = D: amânabil (în 30 sau 60 de zile)
flow-health-booking-priority-p = P: programat

flow-health-booking-area = Unde preferi să mergi?
flow-health-booking-area-arezzo = Arezzo
flow-health-booking-area-valdarno = Valdarno (Montevarchi)
flow-health-booking-area-casentino = Casentino (Bibbiena)
flow-health-booking-area-valtiberina = Valtiberina (Sansepolcro)
flow-health-booking-area-valdichiana = Valdichiana (Cortona, Castiglion Fiorentino)
flow-health-booking-area-any = Primul loc liber, oriunde

flow-health-booking-slot = Alege ziua și ora
flow-health-booking-slot-hint = Acestea sunt locurile libere pentru rețeta ta.
flow-health-booking-slot-none = Nu sunt locuri libere în această zonă. Întoarce-te și alege altă zonă sau întreabă operatorul.

flow-health-booking-phone = Telefonul tău
flow-health-booking-phone-hint = CUP te sună sau îți scrie dacă programarea se schimbă.

flow-health-booking-payment = Tipărim foaia programării și avizul de plată pentru ticket (pagoPA). Plătește înainte de vizită: la farmacie, la tutungerie (tabaccaio), la poștă, cu app IO sau la casieria spitalului. Dacă ai o scutire scrisă pe rețetă, ticketul nu se plătește. Ca să anulezi, sună la CUP cu codul programării.
