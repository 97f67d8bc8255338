## The printed documents: receipt, payment notice, forms, sheets, slips.

doc-when = Fecha y hora
doc-kiosk = Quiosco
# Variables: $phone (string)
doc-help = Si necesitas ayuda, pregunta en la ventanilla o llama al { $phone }.
doc-receipt-title = Recibo
doc-service = Servicio
doc-reference = El número de tu solicitud. Guárdalo: sirve para preguntar cómo va.
doc-appointment = Cita
doc-booking-code = Código de reserva (sirve para anular la cita)
doc-next = Qué pasa ahora
doc-keep = Guarda esta hoja.

doc-payment-title = Aviso de pago pagoPA
doc-payment-creditor = Entidad que cobra
doc-payment-creditor-code = Código fiscal de la entidad
doc-payment-subject = Qué pagas
doc-payment-amount = Importe
doc-payment-due = Pagar antes del
doc-payment-notice-number = Código del aviso
doc-payment-how = Puedes pagar con la app IO, en el banco, en correos, en un estanco o en una farmacia: enseña el código QR o el código del aviso.
doc-payment-pay-now = Para pagar ahora mismo con el teléfono, escanea este código: se abre la página de pago de pagoPA.

doc-certificate-title = Certificado
doc-certificate-number = Número del certificado
doc-certificate-issued = Expedido el
doc-certificate-stamp = Marca da bollo (timbre fiscal) de 16 € (solo si el certificado es con timbre: pégala aquí antes de usar el certificado)

doc-where-title = Dónde consultar
doc-where-permit-status = Puedes consultar tu permiso en la web de la Polizia di Stato (policía italiana) (questure.poliziadistato.it, sección extranjeros) con el número del recibo de Correos, o preguntar en la Questura di Arezzo, Ufficio Immigrazione.
doc-where-citizenship-status = Puedes consultar tu solicitud en el portal ALI del Ministero dell'Interno (Ministerio del Interior) (portaleservizi.dlci.interno.it) con SPID o CIE, o preguntar en la Prefettura di Arezzo.
doc-where-italian-test-a2 = Puedes ver el resultado en el portal ALI del Ministero dell'Interno (Ministerio del Interior) (portaleservizi.dlci.interno.it) con SPID o CIE, o preguntar en la Prefettura di Arezzo.
doc-where-online-magazines = Puedes entrar desde casa en la web de la biblioteca (toscana.medialibrary.it) con tu carné, o preguntar en la Biblioteca Città di Arezzo, via dei Pileati 8.
doc-where-training-courses = Puedes preguntar en el Centro per l'Impiego (oficina de empleo) de Arezzo, via Monte Cervino 24, o buscar en la web de la Regione Toscana.
doc-where-job-offers = Puedes buscar en la web Toscana Lavoro (lavoro.regione.toscana.it) o preguntar en el Centro per l'Impiego (oficina de empleo) de Arezzo, via Monte Cervino 24.

doc-form-title = Formulario rellenado en el quiosco
doc-form-declaration = Declaro que los datos escritos arriba son verdaderos. Lleva este formulario firmado a la oficina, con un documento de identidad.
doc-form-date = Fecha
doc-form-signature = Firma
# The declaration above the signatures of a residence declaration (DPR
# 445/2000 artt. 75-76; Min. Interno circ. 9/2012).
doc-form-declaration-dpr-445 = Conscientes de la responsabilidad penal por las declaraciones falsas (artículos 75 y 76 del DPR 445/2000), declaramos que los datos escritos arriba son verdaderos. La declaración solo vale cuando la han firmado todas las personas mayores de edad que se mudan y se ha entregado, con una copia del documento de identidad de cada una, en la oficina del padrón (anagrafe): en la ventanilla, por carta certificada (raccomandata) o por PEC (correo electrónico certificado).
doc-yes = Sí
doc-no = No
doc-not-provided = No indicado

# The receipt of a request stored in the kiosk did not print.
doc-print-failed = La impresora no ha impreso. Tu solicitud está guardada: el operador puede volver a imprimirte la hoja.
# Any other paper did not print (nothing of it is kept after the session).
doc-print-failed-not-kept = La impresora no ha impreso. Cuando esté lista, toca «Imprimir otra vez» o pide ayuda al operador.
printer-paper-out = La impresora se ha quedado sin papel.
printer-jam = El papel se ha atascado en la impresora.
printer-door-open = La tapa de la impresora está abierta.
printer-offline = La impresora está apagada o desconectada.
printer-not-answering = La impresora no responde.
printer-stopped = La cola de impresión está parada.
printer-other = La impresora indica un problema.
# Variables: $number (number)
doc-item-number = Persona { $number }

## What a look-up answered (the permit's state), printed.

doc-result-title = Resultado de la comprobación
doc-result-checked = Comprobado el
doc-result-source = Es la respuesta de la página pública de la Polizia di Stato (policía italiana) en ese momento. Para comprobarlo otra vez, abre esta dirección:
