## Health booking and ticket: assets/flows/health-booking.toml.

flow-health-booking-prescription_kind = ¿Qué receta tienes?
flow-health-booking-prescription_kind-hint = La receta electrónica es una hoja blanca con dos códigos de barras arriba.
flow-health-booking-prescription_kind-electronic = Receta electrónica (hoja blanca)
flow-health-booking-prescription_kind-paper = Receta roja de papel

flow-health-booking-paper_prescription = La receta roja no se puede leer aquí. Pide la cita en la ventanilla CUP del hospital, en la farmacia o por teléfono (número gratuito en la receta).

flow-health-booking-page-codes = Los códigos de la receta
flow-health-booking-nre = Número de la receta (NRE)
flow-health-booking-nre-hint = 15 caracteres, encima de los dos códigos de barras arriba en la receta.
flow-health-booking-patient_code = Codice fiscale (código fiscal) del paciente, o código STP
flow-health-booking-patient_code-hint = El codice fiscale está en la tessera sanitaria (tarjeta sanitaria). Quien no tiene permiso de residencia usa el código STP (empieza por STP y tiene 16 caracteres).

flow-health-booking-priority = ¿Qué prioridad hay en la receta?
flow-health-booking-priority-hint = Es una letra en el recuadro "priorità" de la receta.
flow-health-booking-priority-u = U: urgente (en 72 horas)
flow-health-booking-priority-b = B: breve (en 10 días)
flow-health-booking-priority-d = D: aplazable (en 30 o 60 días)
flow-health-booking-priority-p = P: programada

flow-health-booking-area = ¿Adónde prefieres ir?
flow-health-booking-area-arezzo = Arezzo
flow-health-booking-area-valdarno = Valdarno (Montevarchi)
flow-health-booking-area-casentino = Casentino (Bibbiena)
flow-health-booking-area-valtiberina = Valtiberina (Sansepolcro)
flow-health-booking-area-valdichiana = Valdichiana (Cortona, Castiglion Fiorentino)
flow-health-booking-area-any = La primera cita libre, en cualquier sitio

flow-health-booking-slot = Elige el día y la hora
flow-health-booking-slot-hint = Son las citas libres para tu receta.
flow-health-booking-slot-none = No hay citas libres en esta zona. Vuelve atrás y elige otra zona, o pregunta al operador.

flow-health-booking-phone = Tu teléfono
flow-health-booking-phone-hint = El CUP te llama o te escribe si la cita cambia.

flow-health-booking-payment = Imprimimos la hoja de la cita y el aviso de pago del ticket (pagoPA). Paga antes de la visita: en la farmacia, en el estanco (tabaccaio), en Correos, con la app IO o en la caja del hospital. Si tienes una exención escrita en la receta, el ticket no se paga. Para anular la cita, llama al CUP con el código de la reserva.
