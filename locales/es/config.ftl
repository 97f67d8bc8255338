## Configuration errors (kiosk-config). An installer or operator reads them,
## in Italian and English, on the console and on the out-of-service page.
## Keys, values and file names appear as written in the file.

config-error-at = { $file }, línea { $line }, columna { $column }:
config-error-in-file = { $file }:
config-did-you-mean = ¿Querías decir «{ $suggestion }»?
config-ok =
    { $file }: configuración válida (quiosco { $kiosk }, { $languages ->
        [one] { $languages } idioma
       *[other] { $languages } idiomas
    }, { $services ->
        [one] { $services } servicio
       *[other] { $services } servicios
    }).

config-unreadable = No se puede leer el archivo ({ $reason }).
config-unreadable-fix = Comprueba la ruta del archivo y que el usuario del quiosco pueda leerlo.

config-syntax = El archivo no es TOML válido: { $detail }
config-syntax-fix = Escribe cada ajuste como «clave = valor», con los textos entre comillas dobles.

config-unknown-key = La clave «{ $key }» no existe en la sección { $table }.
config-unknown-key-fix = Borra la línea o corrige el nombre. En { $table } puedes escribir: { $allowed }.

config-missing-key = Falta el ajuste obligatorio «{ $key }».
config-missing-key-fix = Añade «{ $name } = …» en la sección { $table } (mira kiosk-config/demo.toml).

config-wrong-type = El valor de «{ $key }» es de un tipo incorrecto ({ $found }).
config-wrong-type-fix =
    { $expected ->
        [integer] Escribe un número entero, sin comillas (por ejemplo 120).
        [boolean] Escribe true o false, sin comillas.
        [list] Escribe una lista entre corchetes, por ejemplo [ "it", "en" ].
        [table] Escribe una sección con sus claves.
        [text] Escribe un texto entre comillas dobles.
       *[other] Compara el valor con el ejemplo de kiosk-config/demo.toml.
    }

config-out-of-range = El valor { $value } de «{ $key }» está fuera de los límites.
config-out-of-range-fix = Escribe un número de { $min } a { $max }.

config-empty-text = «{ $key }» está vacío o contiene caracteres de control.
config-empty-text-fix = Escribe un texto en una sola línea, entre comillas dobles.

config-empty-list = La lista «{ $key }» está vacía.
config-empty-list-fix = Escribe al menos un elemento en la lista.

config-duplicate = «{ $value }» aparece dos veces en «{ $key }».
config-duplicate-fix = Deja cada elemento una sola vez.

config-bad-kiosk-id = El código del quiosco no es válido.
config-bad-kiosk-id-fix = Escribe de 2 a 16 letras mayúsculas, cifras y guiones, empezando por una letra (por ejemplo "AR-K01").

config-bad-phone = El número de teléfono de la ventanilla no es válido.
config-bad-phone-fix = Escribe el número con cifras y, si hace falta, + y espacios (por ejemplo "0575 1820242").

config-unknown-language = El idioma «{ $value }» no está entre las traducciones.
config-unknown-language-fix = Usa uno de estos: { $allowed }.

config-italian-required = Falta el italiano entre los idiomas activos.
config-italian-required-fix = Añade "it" a la lista: es el idioma de la oficina y el idioma de reserva.

config-default-not-enabled = El idioma predeterminado «{ $value }» no está entre los idiomas activos.
config-default-not-enabled-fix = Elige uno de los idiomas activos: { $allowed }.

config-unknown-service = El servicio «{ $value }» no existe en el catálogo.
config-unknown-service-fix = Usa uno de estos: { $allowed }.

config-warning-not-shorter = El aviso de inactividad ({ $value } s) no es más corto que el tiempo de inactividad ({ $timeout } s).
config-warning-not-shorter-fix = Escribe un aviso más corto que { $timeout } segundos.

config-connect-longer = El tiempo de conexión ({ $value } ms) supera el tiempo máximo de la solicitud ({ $request } ms).
config-connect-longer-fix = Escribe un tiempo de conexión no mayor de { $request } ms.

config-bad-endpoint = La dirección «{ $value }» de «{ $key }» no es válida.
config-bad-endpoint-fix = Escribe "simulator" o una dirección completa https:// (http:// solo en este equipo: los datos de las personas no viajan sin cifrar), sin usuario, contraseña ni parámetros.

# Variables: $value (string)
config-bad-webhook = La dirección «{ $value }» para llamar al operador no es válida.
config-bad-webhook-fix = Escribe una dirección completa https:// (http:// solo en este equipo), sin usuario, contraseña ni parámetros, o borra la línea.

config-bad-printer = «{ $value }» no es un nombre de impresora CUPS válido.
config-bad-printer-fix = Escribe el nombre de la cola CUPS (lo muestra lpstat -p), sin espacios, barras, # ni comas.

config-bad-pin-hash = El PIN del operador no es un hash Argon2id válido.
config-bad-pin-hash-fix = Genera el hash con «serto-kiosk hash-pin» y cópialo entero, desde «$argon2id$» en adelante.

# Variables: $memory (string), $passes (string)
config-weak-pin-hash = El hash del PIN es demasiado débil: memoria { $memory } KiB, número de pasadas { $passes } (hacen falta al menos 19456 KiB y 2 pasadas).
config-weak-pin-hash-fix = Genera un hash nuevo con «serto-kiosk hash-pin»: el comando usa parámetros seguros. Quien lea este archivo adivina en pocos segundos un PIN corto protegido por un hash débil.

# Variables: $key (string), $length (string), $max (string)
config-too-long = El texto de «{ $key }» es demasiado largo: { $length } caracteres, como máximo { $max }.
config-too-long-fix = Acórtalo: tiene que caber en una sola línea de las páginas y de cada recibo.

# Variables: $value (string), $reason (string)
config-data-dir-unusable = El quiosco no puede escribir en la carpeta de datos «{ $value }» ({ $reason }).
config-data-dir-unusable-fix = Indica una carpeta (no un archivo) en un disco con permiso de escritura, propiedad del usuario del quiosco, por ejemplo /var/lib/serto-kiosk.

config-bad-listen = «{ $value }» no es una dirección de escucha válida.
config-bad-listen-fix = Escribe la dirección y el puerto, por ejemplo "127.0.0.1:9464".

# Variables: $value (string), $reason (string)
config-bad-key-file = El archivo de la clave de pagoPA «{ $value }» no se puede usar ({ $reason }).
config-bad-key-file-fix = Pon la clave de suscripción (Ocp-Apim-Subscription-Key) sola en ese archivo, legible por el usuario del quiosco, o corrige la ruta (relativa a la carpeta de este archivo).
# Variables: $value (string), $mode (string)
config-key-file-open = El archivo de la clave de pagoPA «{ $value }» lo pueden leer otros usuarios (permisos { $mode }).
# Variables: $value (string)
config-key-file-open-fix = La clave es un secreto del Comune: haz que el archivo solo lo pueda leer su propietario, con «chmod 600 { $value }».

config-not-loopback = Las métricas serían visibles en la red en { $value }.
config-not-loopback-fix = Usa una dirección local como "127.0.0.1:9464", o añade «allow_non_loopback = true» en la sección [metrics] si la red está protegida.

# Variables: $key (string)
config-missing-section = Falta la sección obligatoria «[{ $key }]».
# Variables: $key (string)
config-missing-section-fix = Agregue la sección «[{ $key }]» con sus ajustes (vea kiosk-config/demo.toml).

# Variables: $key (string)
config-duplicate-key = «{ $key }» está escrito dos veces.
# Variables: $key (string)
config-duplicate-key-fix = Deje «{ $key }» una sola vez y quite la otra.
