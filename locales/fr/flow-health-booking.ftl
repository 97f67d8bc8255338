## Rendez-vous médicaux et ticket : assets/flows/health-booking.toml.

flow-health-booking-prescription_kind = Quelle ordonnance avez-vous ?
flow-health-booking-prescription_kind-hint = L'ordonnance électronique est une feuille blanche avec deux codes-barres en haut.
flow-health-booking-prescription_kind-electronic = Ordonnance électronique (feuille blanche)
flow-health-booking-prescription_kind-paper = Ordonnance rouge en papier

flow-health-booking-paper_prescription = L'ordonnance rouge ne peut pas être lue ici. Prenez rendez-vous au guichet CUP de l'hôpital, en pharmacie ou par téléphone (numéro vert sur l'ordonnance).

flow-health-booking-page-codes = Les codes de l'ordonnance
flow-health-booking-nre = Numéro de l'ordonnance (NRE)
flow-health-booking-nre-hint = 15 caractères, au-dessus des deux codes-barres en haut de l'ordonnance.
flow-health-booking-patient_code = Codice fiscale (code fiscal) du patient, ou code STP
flow-health-booking-patient_code-hint = Le codice fiscale est sur la tessera sanitaria (carte de santé). Les personnes sans titre de séjour utilisent le code STP (il commence par STP et a 16 caractères).

flow-health-booking-priority = Quelle priorité est écrite sur l'ordonnance ?
flow-health-booking-priority-hint = C'est une lettre dans la case « priorità » de l'ordonnance.
flow-health-booking-priority-u = U : urgent (dans les 72 heures)
flow-health-booking-priority-b = B : court délai (dans les 10 jours)
flow-health-booking-priority-d = D : peut attendre (dans les 30 ou 60 jours)
flow-health-booking-priority-p = P : programmé

flow-health-booking-area = Où préférez-vous aller ?
flow-health-booking-area-arezzo = Arezzo
flow-health-booking-area-valdarno = Valdarno (Montevarchi)
flow-health-booking-area-casentino = Casentino (Bibbiena)
flow-health-booking-area-valtiberina = Valtiberina (Sansepolcro)
flow-health-booking-area-valdichiana = Valdichiana (Cortona, Castiglion Fiorentino)
flow-health-booking-area-any = La première place libre, n'importe où

flow-health-booking-slot = Choisissez le jour et l'heure
flow-health-booking-slot-hint = Ce sont les places libres pour votre ordonnance.
flow-health-booking-slot-none = Il n'y a pas de places libres dans cette zone. Revenez en arrière et choisissez une autre zone, ou demandez à l'opérateur.

flow-health-booking-phone = Votre téléphone
flow-health-booking-phone-hint = Le CUP vous appelle ou vous écrit si le rendez-vous change.

flow-health-booking-payment = Nous imprimons la feuille du rendez-vous et l'avis de paiement du ticket (pagoPA). Payez avant la visite : en pharmacie, au bureau de tabac, à la poste, avec l'app IO ou à la caisse de l'hôpital. Si une exemption est écrite sur l'ordonnance, vous ne payez pas le ticket. Pour annuler, téléphonez au CUP avec le code du rendez-vous.
