## Configuration errors (kiosk-config). An installer or operator reads them,
## in Italian and English, on the console and on the out-of-service page.
## Keys, values and file names appear as written in the file.

config-error-at = { $file }, ligne { $line }, colonne { $column } :
config-error-in-file = { $file } :
config-did-you-mean = Vouliez-vous dire « { $suggestion } » ?
config-ok =
    { $file } : configuration valide (borne { $kiosk }, { $languages ->
        [one] { $languages } langue
       *[other] { $languages } langues
    }, { $services ->
        [one] { $services } service
       *[other] { $services } services
    }).

config-unreadable = Impossible de lire le fichier ({ $reason }).
config-unreadable-fix = Vérifiez le chemin du fichier et que l'utilisateur de la borne peut le lire.

config-syntax = Le fichier n'est pas du TOML valide : { $detail }
config-syntax-fix = Écrivez chaque réglage sous la forme « clé = valeur », avec les textes entre guillemets doubles.

config-unknown-key = La clé « { $key } » n'existe pas dans la section { $table }.
config-unknown-key-fix = Supprimez la ligne ou corrigez le nom. Dans { $table }, vous pouvez écrire : { $allowed }.

config-missing-key = Le réglage obligatoire « { $key } » est absent.
config-missing-key-fix = Ajoutez « { $name } = … » dans la section { $table } (voir kiosk-config/demo.toml).

config-wrong-type = La valeur de « { $key } » n'est pas du bon type ({ $found }).
config-wrong-type-fix =
    { $expected ->
        [integer] Écrivez un nombre entier, sans guillemets (par exemple 120).
        [boolean] Écrivez true ou false, sans guillemets.
        [list] Écrivez une liste entre crochets, par exemple [ "it", "en" ].
        [table] Écrivez une section avec ses clés.
        [text] Écrivez un texte entre guillemets doubles.
       *[other] Comparez la valeur avec l'exemple de kiosk-config/demo.toml.
    }

config-out-of-range = La valeur { $value } de « { $key } » est hors limites.
config-out-of-range-fix = Écrivez un nombre de { $min } à { $max }.

config-empty-text = « { $key } » est vide ou contient des caractères de contrôle.
config-empty-text-fix = Écrivez un texte sur une seule ligne, entre guillemets doubles.

config-empty-list = La liste « { $key } » est vide.
config-empty-list-fix = Écrivez au moins un élément dans la liste.

config-duplicate = « { $value } » apparaît deux fois dans « { $key } ».
config-duplicate-fix = Ne gardez chaque élément qu'une seule fois.

config-bad-kiosk-id = Le code de la borne n'est pas valide.
config-bad-kiosk-id-fix = Écrivez de 2 à 16 lettres majuscules, chiffres et tirets, en commençant par une lettre (par exemple "AR-K01").

config-bad-phone = Le numéro de téléphone du guichet n'est pas valide.
config-bad-phone-fix = Écrivez le numéro en chiffres avec, si besoin, + et des espaces (par exemple "0575 1820242").

config-unknown-language = La langue « { $value } » ne fait pas partie des traductions.
config-unknown-language-fix = Utilisez l'une de celles-ci : { $allowed }.

config-italian-required = L'italien manque parmi les langues activées.
config-italian-required-fix = Ajoutez "it" à la liste : c'est la langue du bureau et la langue de secours.

config-default-not-enabled = La langue par défaut « { $value } » ne fait pas partie des langues activées.
config-default-not-enabled-fix = Choisissez l'une des langues activées : { $allowed }.

config-unknown-service = Le service « { $value } » n'existe pas dans le catalogue.
config-unknown-service-fix = Utilisez l'un de ceux-ci : { $allowed }.

config-warning-not-shorter = L'avertissement d'inactivité ({ $value } s) n'est pas plus court que le délai d'inactivité ({ $timeout } s).
config-warning-not-shorter-fix = Indiquez un avertissement plus court que { $timeout } secondes.

config-connect-longer = Le délai de connexion ({ $value } ms) dépasse le délai maximal de la requête ({ $request } ms).
config-connect-longer-fix = Indiquez un délai de connexion de { $request } ms au maximum.

config-bad-endpoint = L'adresse « { $value } » de « { $key } » n'est pas valide.
config-bad-endpoint-fix = Écrivez "simulator" ou une adresse complète https:// (http:// seulement sur cet ordinateur : les données des personnes ne circulent pas en clair), sans utilisateur, mot de passe ni paramètres.

# Variables: $value (string)
config-bad-webhook = L'adresse « { $value } » pour appeler l'opérateur n'est pas valide.
config-bad-webhook-fix = Écrivez une adresse complète https:// (http:// seulement sur cet ordinateur), sans utilisateur, mot de passe ni paramètres, ou supprimez la ligne.

config-bad-printer = « { $value } » n'est pas un nom d'imprimante CUPS valide.
config-bad-printer-fix = Écrivez le nom de la file d'attente CUPS (lpstat -p l'affiche), sans espaces, barres obliques, # ni virgules.

config-bad-pin-hash = Le PIN de l'opérateur n'est pas un hachage Argon2id valide.
config-bad-pin-hash-fix = Générez le hachage avec « serto-kiosk hash-pin » et copiez-le en entier, à partir de « $argon2id$ ».

# Variables: $memory (string), $passes (string)
config-weak-pin-hash = Le hachage du PIN est trop faible : mémoire { $memory } KiB, nombre de passes { $passes } (il faut au moins 19456 KiB et 2 passes).
config-weak-pin-hash-fix = Générez un nouveau hachage avec « serto-kiosk hash-pin » : la commande utilise des paramètres sûrs. Quiconque lit ce fichier devine en quelques secondes un PIN court protégé par un hachage faible.

# Variables: $key (string), $length (string), $max (string)
config-too-long = Le texte de « { $key } » est trop long : { $length } caractères, { $max } au maximum.
config-too-long-fix = Raccourcissez-le : il doit tenir sur une seule ligne des pages et de chaque reçu.

# Variables: $value (string), $reason (string)
config-data-dir-unusable = La borne ne peut pas écrire dans le dossier des données « { $value } » ({ $reason }).
config-data-dir-unusable-fix = Indiquez un dossier (pas un fichier) sur un disque accessible en écriture, appartenant à l'utilisateur de la borne, par exemple /var/lib/serto-kiosk.

config-bad-listen = « { $value } » n'est pas une adresse d'écoute valide.
config-bad-listen-fix = Écrivez une adresse et un port, par exemple "127.0.0.1:9464".

# Variables: $value (string), $reason (string)
config-bad-key-file = Le fichier de la clé pagoPA « { $value } » ne peut pas être utilisé ({ $reason }).
config-bad-key-file-fix = Mettez la clé d'abonnement (Ocp-Apim-Subscription-Key) seule dans ce fichier, lisible par l'utilisateur de la borne, ou corrigez le chemin (relatif au dossier de ce fichier).
# Variables: $value (string), $mode (string)
config-key-file-open = Le fichier de la clé pagoPA « { $value } » peut être lu par d'autres utilisateurs (permissions { $mode }).
# Variables: $value (string)
config-key-file-open-fix = La clé est un secret du Comune : rendez le fichier lisible seulement par son propriétaire, avec « chmod 600 { $value } ».

config-not-loopback = Les métriques seraient visibles sur le réseau à l'adresse { $value }.
config-not-loopback-fix = Utilisez une adresse locale comme "127.0.0.1:9464", ou ajoutez « allow_non_loopback = true » dans la section [metrics] si le réseau est protégé.

# Variables: $key (string)
config-missing-section = La section obligatoire « [{ $key }] » est absente.
# Variables: $key (string)
config-missing-section-fix = Ajoutez la section « [{ $key }] » avec ses réglages (voir kiosk-config/demo.toml).

# Variables: $key (string)
config-duplicate-key = « { $key } » est écrit deux fois.
# Variables: $key (string)
config-duplicate-key-fix = Gardez « { $key } » une seule fois et supprimez l'autre.
