## What the kiosk says happened, by the door the service really reaches
## (its channel in assets/catalogue.toml) and what came of it. The page,
## the receipt and the voice use these words and no others: never claim an
## office received something unless its door answered.
##
## Each message pair: `channel-<channel>-<claim>-title` (a heading) and
## `-status` (one or two sentences).

## comune: the Comune di Arezzo's own services, through its gateway.

channel-comune-sent-title = Enviada al Comune
# Variables: $agency_reference (string)
channel-comune-sent-status = El sistema del Comune di Arezzo (ayuntamiento) ha recibido la solicitud. Número del Comune: { $agency_reference }.
channel-comune-queued-title = Guardada en el quiosco
channel-comune-queued-status = La solicitud está guardada en el quiosco y sale hacia el Comune en cuanto su sistema responda. El Comune todavía no la ha recibido. No tienes que hacer nada: si hay un problema, la ventanilla te llama.

## pagopa: a booking at the agency's gateway, with its ticket paid through pagoPA.

channel-pagopa-sent-title = Cita reservada
# Variables: $agency_reference (string)
channel-pagopa-sent-status = El CUP (centro de citas) de la Azienda USL ha registrado la cita. Número del CUP: { $agency_reference }. Si hay que pagar un ticket (copago), se paga con el aviso pagoPA: en el banco, en correos, en un estanco o con la app.
channel-pagopa-queued-title = Guardada en el quiosco
channel-pagopa-queued-status = La solicitud está guardada en el quiosco y sale hacia el CUP en cuanto responda. Todavía no es una cita: si la hora ya no está libre, la ventanilla te llama.

## The ticket's pagoPA notice, checked with the platform before it is printed.

pagopa-title = El ticket que hay que pagar (pagoPA)
pagopa-checking = Comprobando el aviso de pago con pagoPA…
pagopa-amount = Importe
pagopa-due = Pagar antes del
pagopa-state-payable = El aviso es válido: puedes pagarlo ahora mismo con el teléfono, o con el aviso impreso en el banco, en correos, en un estanco o con la app IO.
pagopa-state-overdue = Ya ha pasado la fecha de vencimiento, pero el aviso todavía se puede pagar.
pagopa-state-paid = Este aviso figura como ya pagado: no lo pagues otra vez.
pagopa-state-expired = Este aviso ha caducado y ya no se puede pagar: no lo imprimimos. Pregunta en la ventanilla del CUP cómo pagar el ticket.
pagopa-state-invalid = La Azienda USL ha anulado este aviso: no lo imprimimos. Pregunta en la ventanilla del CUP.
pagopa-unknown = pagoPA no conoce este aviso: no lo imprimimos. Pregunta en la ventanilla del CUP cómo pagar el ticket.
pagopa-unreachable = Ahora no podemos comprobar el aviso con pagoPA, así que no lo imprimimos. La cita sigue siendo válida: pregunta en la ventanilla cómo pagar el ticket.
pagopa-not-verified = No hemos podido comprobar el aviso con pagoPA, así que no lo imprimimos. La cita sigue siendo válida: pregunta en la ventanilla cómo pagar el ticket.
pagopa-pay-now = Para pagar ahora mismo con el teléfono, escanea este código: se abre la página de pago de pagoPA.

## portal: only a portal with the person's own SPID or CIE can finish it.

channel-portal-prepared-title = Lista para el portal
channel-portal-prepared-status = No hemos enviado nada. Esta solicitud solo se hace en el portal, con tu SPID o tu CIE. En la hoja tienes la dirección, cómo entrar y tus respuestas: puedes hacerla en casa o aquí con un operador.
channel-portal-sent-title = La ventanilla tiene tus respuestas
# Variables: $agency_reference (string)
channel-portal-sent-status = La ventanilla de ayuda ha recibido tus respuestas (número { $agency_reference }). Un operador hace la solicitud contigo en el portal, con tu SPID o tu CIE. La oficina todavía no ha recibido nada.
channel-portal-queued-title = Guardada para la ventanilla
channel-portal-queued-status = Tus respuestas están guardadas en el quiosco y salen hacia la ventanilla de ayuda en cuanto el sistema del Comune responda. La oficina todavía no ha recibido nada: la solicitud se hace en el portal.

## public-page: a public web page read for the person.

channel-public-page-answered-title = Respuesta de la página de la Polizia di Stato
channel-public-page-answered-status = Esto es lo que la página pública de la Polizia di Stato (Policía del Estado) dice ahora para tu número. El quiosco no ha enviado ninguna solicitud.

## catalogue: a list the Comune or the Region publishes.

channel-catalogue-answered-title = De la lista publicada
channel-catalogue-answered-status = Esta información viene de la lista que publica la oficina. El quiosco no ha enviado ninguna solicitud: para inscribirte o presentarte, sigue la ficha.

## The portals (assets/portals.toml) and the ways to log in.

portal-name-ali = Portale Servizi ALI (Ministerio del Interior)
portal-name-testitaliano = Test di italiano (examen de italiano, Ministerio del Interior)
portal-name-unica = Unica (Ministerio de Educación y del Mérito)
portal-login-title = Cómo entrar en el portal
portal-login-spid = Con SPID: elige tu proveedor y confirma con su app en el teléfono.
portal-login-cie-app = Con la CIE y la app CieID: la app lee la tarjeta y escanea el código QR de la pantalla.
portal-login-cie-reader = Con la CIE en el lector de la ventanilla: necesitas el PIN de la tarjeta.
portal-login-cns = Con la Carta Nazionale dei Servizi (tarjeta sanitaria activada) y un lector de tarjetas.
portal-login-eidas = Con una identidad digital de otro país de la Unión Europea (eIDAS).

## The hand-off to the help desk, offered after the sheet is printed.

# The kiosk keeps the answers as long as any finished request (kiosk-config
# storage.retention_days), then deletes them.
# Variables: $days (number)
portal-hand-off-note = ¿Quieres hacerla aquí con un operador? Tus respuestas van a la ventanilla de ayuda del Comune. El quiosco las borra { $days ->
        [one] después de un día
       *[other] después de { $days } días
    }.
portal-hand-off = Pedir a la ventanilla que la haga conmigo
check-send-portal = Preparar la hoja para el portal
print-portal = Imprimir la hoja para el portal

## The "continue on the portal" sheet.

doc-portal-title = Sigue en el portal
doc-portal-nothing-sent = Esta hoja no es una solicitud: el quiosco no ha enviado nada a la oficina. La solicitud se hace en el portal, con tu identidad digital.
doc-portal-ready = Qué tener preparado
doc-portal-answers = Tus respuestas, con el nombre que tienen en el portal
