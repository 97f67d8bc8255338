## The pages of a session: the bar on every page, the questions, the check
## page, sending, the confirmation, look-up results, printing, the idle
## warning and the on-screen keyboard. Short words: they go on buttons.

## The bar at the top of every page.

training-ribbon = FORMACIÓN — práctica: no se envía nada a las oficinas, las hojas son de muestra.

bar-call-operator = Llamar a un operador
# Shown only when the help desk's device confirmed it received the call.
bar-operator-called = Hemos avisado a la ventanilla: un operador viene en cuanto pueda. Quédate aquí.
bar-operator-calling = Avisando a la ventanilla…
# The call could not be sent (no notification set up, or it failed): say so.
bar-operator-go-to-desk = No puedo avisar a la ventanilla desde aquí. Ve a la ventanilla o levanta la mano: un operador te ayudará.
bar-operator-cancel = Cancelar la llamada
bar-text-size = Texto más grande
bar-text-size-reset = Texto normal
bar-contrast-high = Contraste alto
bar-contrast-normal = Contraste normal
bar-listen = Escuchar
bar-listen-stop = Parar la voz
bar-auto-read-on = Leer cada página
bar-auto-read-off = Dejar de leer
# Read aloud instead of the reference number when the sound is on a loudspeaker.
speech-reference-not-read = El número de tu solicitud está en la pantalla y en el recibo. No lo leo en voz alta, para proteger tu privacidad.

## Service introduction.

intro-start = Empezar
intro-print = Imprimir esta información

## Question pages.

# Variables: $current (number), $total (number)
wizard-progress = Pregunta { $current } de { $total }
wizard-continue = Continuar
wizard-back = Atrás
wizard-leave = Salir
wizard-leave-question = ¿Quieres salir de este servicio? Se borrarán las respuestas que has dado.
wizard-leave-yes = Sí, salir
wizard-leave-no = No, quedarme
wizard-optional = (si quieres)
wizard-yes = Sí
wizard-no = No
wizard-choose-many = Puedes tocar más de una respuesta.
wizard-type-here = Toca aquí para escribir
wizard-suggestions = Toca el nombre correcto:
wizard-no-suggestion = No hay ningún nombre: revisa las primeras letras.
wizard-asking = Preguntando a la oficina…
wizard-try-again = Intentar otra vez
# Variables: $number (number)
wizard-person = Persona { $number }
wizard-add-another-yes = Sí, añadir una persona
wizard-add-another-no = No, seguir
wizard-ended-finish = He terminado
wizard-ended-services = Volver a los servicios

## The error summary at the top of a page (GOV.UK pattern).

error-summary-title = Hay un problema
error-summary-hint = Corrige lo que está marcado en rojo. Lo que has escrito sigue ahí.
# Variables: $field (string), $problem (string)
error-summary-item = { $field }: { $problem }

## Check your answers.

check-title = Revisa tus respuestas
check-hint = Si algo no está bien, toca «Cambiar».
check-change = Cambiar
check-not-provided = No indicado
check-send-application = Enviar la solicitud
check-send-status = Comprobar ahora
check-send-item = Ver la ficha

## Sending and waiting.

sending-title = Enviando la solicitud…
asking-title = Preguntando a la oficina…
# Variables: $seconds (number)
sending-elapsed =
    { $seconds ->
        [one] Ha pasado { $seconds } segundo.
       *[other] Han pasado { $seconds } segundos.
    }
sending-saved = La solicitud ya está guardada en el quiosco: no se pierde.
sending-continue = Seguir sin esperar
asking-cancel = Cancelar

## Confirmation.

confirm-reference = El número de tu solicitud
confirm-keep = Guarda el recibo: con este número puedes preguntar cómo va tu solicitud.
confirm-finish = He terminado
confirm-home = Otro servicio

## Results of a look-up.

result-not-answered = No tenemos respuesta

## Printing.

print-receipt = Imprimir el recibo
print-form = Imprimir el formulario para firmar
print-payment = Imprimir el aviso de pago
print-certificate = Imprimir el certificado
print-item = Imprimir la ficha
print-where = Imprimir dónde consultar
print-again = Imprimir otra vez
print-printing = Imprimiendo…
print-done = Impreso: recoge la hoja de la impresora.

## The idle warning.

idle-title = ¿Sigues ahí?
# Variables: $seconds (number)
idle-countdown =
    { $seconds ->
        [one] Dentro de { $seconds } segundo lo borro todo y vuelvo al principio.
       *[other] Dentro de { $seconds } segundos lo borro todo y vuelvo al principio.
    }
idle-continue = Sí, sigo

## The on-screen keyboard.

keyboard-space = espacio
keyboard-delete = Borrar
keyboard-clear = Borrar todo
keyboard-capitals = Mayúsculas
keyboard-other-letters = Otras letras
keyboard-hide = Cerrar teclado

## Results: a title for each outcome.

result-refused = La oficina no ha aceptado la solicitud
result-not-found = No hay resultados con estos datos
print-result = Imprimir la respuesta

## Formats told before typing; a page that only tells something.

wizard-format-date = Día, mes y año en números: por ejemplo 15/03/1990.
wizard-format-name = En letras latinas, como en el pasaporte.
wizard-note-title = Conviene saber

## Before "I have finished" when a paper did not print.

papers-title = ¿Has recogido tus hojas?
papers-not-printed = Una hoja no se ha impreso.
papers-what-now = Puedes imprimirla otra vez o pedir ayuda en la ventanilla. Si terminas ahora, esta página se cierra.
papers-finish-anyway = Terminar sin la hoja
papers-back = Volver a la página

## Days of the week (slots are listed by day), Monday first.

weekday-1 = Lunes
weekday-2 = Martes
weekday-3 = Miércoles
weekday-4 = Jueves
weekday-5 = Viernes
weekday-6 = Sábado
weekday-7 = Domingo
