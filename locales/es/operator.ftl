## The operator's screens: PIN pad, outbox, health, statistics. Reached by
## holding a finger on the top-left corner for three seconds.

pin-title = Acceso de operador
pin-hint = Escribe el PIN del operador.
pin-enter = Entrar
pin-cancel = Cancelar
pin-delete = Borrar
pin-checking = Comprobando el PIN…
# Variables: $left (number)
pin-wrong =
    { $left ->
        [one] PIN incorrecto. Queda { $left } intento; luego el acceso se bloquea.
       *[other] PIN incorrecto. Quedan { $left } intentos; luego el acceso se bloquea.
    }
# Variables: $seconds (number)
pin-locked =
    { $seconds ->
        [one] Demasiados PIN incorrectos: vuelve a intentarlo en { $seconds } segundo.
       *[other] Demasiados PIN incorrectos: vuelve a intentarlo en { $seconds } segundos.
    }

operator-title = Operador
operator-assisted = Empezar una sesión asistida
operator-close = Cerrar el panel
operator-leave-kiosk = Salir del quiosco (mantenimiento)
operator-outbox = Solicitudes salientes
operator-hand-offs = Por hacer en el portal
operator-health = Estado del quiosco
operator-statistics = Estadísticas
operator-training = Formación
operator-attention = Necesita tu intervención:
operator-export = Exportar el CSV del mes
# Variables: $file (string)
operator-exported = Guardado en { $file }
# Variables: $file (string)
operator-exported-usb = Guardado en la memoria USB: { $file }
# Variables: $file (string)
operator-exported-no-usb = No hay ninguna memoria USB conectada: guardado en { $file }
operator-export-failed = No se puede guardar el CSV: comprueba el espacio en disco.
operator-refresh = Actualizar

outbox-empty = No hay solicitudes salientes.
outbox-reference = Número
outbox-service = Servicio
outbox-state = Estado
outbox-age = Desde hace
outbox-attempts = Intentos
outbox-error = Último error
outbox-retry = Reintentar ahora
outbox-cancel = Cancelar…
outbox-reprint = Reimprimir el recibo
outbox-cancel-question = ¿Por qué cancelas esta solicitud?
outbox-error-unreachable = la oficina no responde
outbox-error-rate-limited = la oficina pide esperar
outbox-error-malformed = respuesta no válida
outbox-error-unknown-operation = operación desconocida
outbox-error-unreadable-payload = datos ilegibles
outbox-error-refused = rechazada
# Variables: $code (string)
outbox-error-refused-code = rechazada ({ $code })
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }

# Variables: $queue (string), $state (string)
health-printer-line = Impresora «{ $queue }»: { $state }
health-printer-ok = lista
# Variables: $mib (number)
health-disk-line = Espacio libre en disco: { $mib } MiB
# Variables: $count (number)
health-queue-line = Solicitudes aún no entregadas: { $count }
# Variables: $minutes (number)
health-oldest =
    { $minutes ->
        [one] la más antigua espera desde hace { $minutes } minuto
       *[other] la más antigua espera desde hace { $minutes } minutos
    }
# Variables: $address (string)
health-metrics-line = Métricas de Prometheus: { $address }
health-metrics-off = Métricas de Prometheus: inactivas (dirección ocupada o no válida)
health-speech-ready = Voz: lista en todos los idiomas
health-speech-checking = Voz: comprobando…
# Variables: $languages (string)
health-speech-missing = Voz: faltan las voces para { $languages } (paquete espeak-ng)
speech-problem-disabled = Voz: desactivada en la configuración
speech-problem-no-program = Voz: espeak-ng no está instalado, el botón Escuchar no aparece
speech-problem-no-player = Voz: aplay (paquete alsa-utils) no está instalado, el botón Escuchar no aparece
# Variables: $detail (string)
speech-problem-no-audio = Voz: el dispositivo de audio no se abre ({ $detail }), el botón Escuchar no aparece
# A service's data (catalogue, flow, portal form) is broken: it is not offered.
# Variables: $service (string), $detail (string)
health-service-disabled = Servicio desactivado, sus datos no son válidos: { $service } ({ $detail })
# The Italian labels on the "continue on the portal" sheet were written from
# the published instructions, not read on the live portal.
# Variables: $services (string)
health-portal-labels-unconfirmed = Etiquetas del portal por comprobar (compáralas con el portal y marca confirmed = true en assets/portals.toml): { $services }
health-agencies = Oficinas
# Variables: $agency (string), $state (string)
health-agency-line = { $agency }: { $state }
# Variables: $minutes (number)
health-agency-last =
    { $minutes ->
        [one] última respuesta hace { $minutes } minuto
       *[other] última respuesta hace { $minutes } minutos
    }
agency-state-unknown = ninguna llamada hasta ahora
agency-state-up = responde
agency-state-slow = responde despacio
agency-state-down = no responde
agency-state-circuit-open = envíos suspendidos tras demasiados errores; se reintentará solo dentro de poco

# Variables: $count (number)
attention-needs-operator =
    { $count ->
        [one] { $count } solicitud espera tu decisión (Solicitudes salientes)
       *[other] { $count } solicitudes esperan tu decisión (Solicitudes salientes)
    }
# Variables: $mib (number)
attention-disk = Poco espacio libre en disco: { $mib } MiB

## The agencies' own names: proper names, the same in every language.
agency-name-comune-arezzo = Comune di Arezzo
agency-name-polizia-di-stato = Polizia di Stato
agency-name-prefettura = Prefettura di Arezzo
agency-name-ministero-istruzione = Ministero dell'Istruzione e del Merito
agency-name-biblioteca-arezzo = Biblioteca Città di Arezzo
agency-name-regione-toscana = Regione Toscana
agency-name-usl-toscana-sud-est = USL Toscana Sud Est

training-off = El quiosco trabaja con las oficinas reales.
training-on = Modo formación: todo va al simulador, los documentos son facsímiles, nada se cuenta. Las solicitudes salientes reales siguen enviándose.
training-from-config = La formación está fijada en la configuración del quiosco (aula de formación).
training-start = Empezar la formación
training-stop = Volver al servicio real
training-failed = La formación no puede empezar: el simulador no arranca (mira el registro).
training-faults = Averías simuladas en las oficinas
training-faults-hint = Elige cómo responde cada oficina, para practicar con los días difíciles.
fault-normal = Normal
fault-slow = Lento
fault-errors = Errores
fault-down = Fuera de servicio
health-training = Modo formación activo: nada va a las oficinas, nada se cuenta.

stats-today = Hoy
stats-week = Últimos 7 días
stats-month = Últimos 30 días
stats-service = Servicio
stats-language = Idioma
stats-mode = Modo
stats-started = Iniciados
stats-completed = Completados
stats-rate = Finalización
stats-median = Tiempo mediano
stats-gave-up = Dónde se abandona
stats-none = No hay datos en este periodo.
stats-mode-self = sin ayuda
stats-mode-assisted = asistido

## Hand-offs: applications prepared for a portal that people asked the help
## desk to finish with them.

hand-offs-empty = Ninguna solicitud dejada en la ventanilla.
hand-off-open = Abrir
hand-off-close = Cerrar y quitar de la pantalla
hand-off-answers = Las respuestas, con las etiquetas del portal: introdúcelas con la persona, que entra con su SPID o su CIE.
hand-off-gone = Las respuestas de esta solicitud ya no están (borradas tras el periodo de conservación).
