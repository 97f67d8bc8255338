## Configuration errors (kiosk-config). An installer or operator reads them,
## in Italian and English, on the console and on the out-of-service page.
## Keys, values and file names appear as written in the file.

config-error-at = { $file }, rreshti { $line }, kolona { $column }:
config-error-in-file = { $file }:
config-did-you-mean = Mos doje të shkruaje «{ $suggestion }»?
config-ok =
    { $file }: konfigurimi është i vlefshëm (kioska { $kiosk }, { $languages ->
        [one] { $languages } gjuhë
       *[other] { $languages } gjuhë
    }, { $services ->
        [one] { $services } shërbim
       *[other] { $services } shërbime
    }).

config-unreadable = Skedari nuk mund të lexohet ({ $reason }).
config-unreadable-fix = Kontrollo shtegun e skedarit dhe që përdoruesi i kioskës ta ketë leje leximi.

config-syntax = Skedari nuk është TOML i vlefshëm: { $detail }
config-syntax-fix = Shkruaj çdo cilësim si «çelës = vlerë», me tekstet në thonjëza dyshe.

config-unknown-key = Çelësi «{ $key }» nuk ekziston në seksionin { $table }.
config-unknown-key-fix = Hiq rreshtin ose korrigjo emrin. Në { $table } mund të shkruash: { $allowed }.

config-missing-key = Mungon cilësimi i detyrueshëm «{ $key }».
config-missing-key-fix = Shto «{ $name } = …» në seksionin { $table } (shiko kiosk-config/demo.toml).

config-wrong-type = Vlera e «{ $key }» është e llojit të gabuar ({ $found }).
config-wrong-type-fix =
    { $expected ->
        [integer] Shkruaj një numër të plotë, pa thonjëza (për shembull 120).
        [boolean] Shkruaj true ose false, pa thonjëza.
        [list] Shkruaj një listë në kllapa katrore, për shembull [ "it", "en" ].
        [table] Shkruaj një seksion me çelësat e tij.
        [text] Shkruaj një tekst në thonjëza dyshe.
       *[other] Krahaso vlerën me shembullin në kiosk-config/demo.toml.
    }

config-out-of-range = Vlera { $value } e «{ $key }» është jashtë kufijve.
config-out-of-range-fix = Shkruaj një numër nga { $min } deri në { $max }.

config-empty-text = «{ $key }» është bosh ose përmban karaktere kontrolli.
config-empty-text-fix = Shkruaj një tekst në një rresht të vetëm, në thonjëza dyshe.

config-empty-list = Lista «{ $key }» është bosh.
config-empty-list-fix = Shkruaj të paktën një element në listë.

config-duplicate = «{ $value }» shfaqet dy herë në «{ $key }».
config-duplicate-fix = Lëre çdo element vetëm një herë.

config-bad-kiosk-id = Kodi i kioskës nuk është i vlefshëm.
config-bad-kiosk-id-fix = Shkruaj nga 2 deri në 16 shkronja të mëdha, shifra dhe viza ndarëse, duke filluar me një shkronjë (për shembull "AR-K01").

config-bad-phone = Numri i telefonit të sportelit nuk është i vlefshëm.
config-bad-phone-fix = Shkruaj numrin me shifra dhe, nëse duhet, + dhe hapësira (për shembull "0575 1820242").

config-unknown-language = Gjuha «{ $value }» nuk është ndër përkthimet.
config-unknown-language-fix = Përdor një nga këto: { $allowed }.

config-italian-required = Italishtja mungon ndër gjuhët aktive.
config-italian-required-fix = Shto "it" në listë: është gjuha e zyrës dhe gjuha rezervë.

config-default-not-enabled = Gjuha e paracaktuar «{ $value }» nuk është ndër gjuhët aktive.
config-default-not-enabled-fix = Zgjidh një nga gjuhët aktive: { $allowed }.

config-unknown-service = Shërbimi «{ $value }» nuk ekziston në katalog.
config-unknown-service-fix = Përdor një nga këto: { $allowed }.

config-warning-not-shorter = Paralajmërimi i mosaktivitetit ({ $value } s) nuk është më i shkurtër se koha e mosaktivitetit ({ $timeout } s).
config-warning-not-shorter-fix = Shkruaj një paralajmërim më të shkurtër se { $timeout } sekonda.

config-connect-longer = Koha e lidhjes ({ $value } ms) e kalon kohën maksimale të kërkesës ({ $request } ms).
config-connect-longer-fix = Shkruaj një kohë lidhjeje jo më të madhe se { $request } ms.

config-bad-endpoint = Adresa «{ $value }» e «{ $key }» nuk është e vlefshme.
config-bad-endpoint-fix = Shkruaj "simulator" ose një adresë të plotë https:// (http:// vetëm në këtë kompjuter: të dhënat e personave nuk qarkullojnë të pashifruara), pa përdorues, fjalëkalim ose parametra.

# Variables: $value (string)
config-bad-webhook = Adresa «{ $value }» për thirrjen e operatorit nuk është e vlefshme.
config-bad-webhook-fix = Shkruaj një adresë të plotë https:// (http:// vetëm në këtë kompjuter), pa përdorues, fjalëkalim ose parametra, ose hiq rreshtin.

config-bad-printer = «{ $value }» nuk është emër i vlefshëm printeri CUPS.
config-bad-printer-fix = Shkruaj emrin e radhës CUPS (e tregon lpstat -p), pa hapësira, vija të pjerrëta, # ose presje.

config-bad-pin-hash = PIN-i i operatorit nuk është një hash Argon2id i vlefshëm.
config-bad-pin-hash-fix = Krijo hash-in me «serto-kiosk hash-pin» dhe kopjoje të tërin, nga «$argon2id$» e tutje.

# Variables: $memory (string), $passes (string)
config-weak-pin-hash = Hash-i i PIN-it është shumë i dobët: memorie { $memory } KiB, numri i kalimeve { $passes } (duhen të paktën 19456 KiB dhe 2 kalime).
config-weak-pin-hash-fix = Krijo një hash të ri me «serto-kiosk hash-pin»: komanda përdor parametra të sigurt. Kushdo që lexon këtë skedar e gjen brenda pak sekondash një PIN të shkurtër të mbrojtur nga një hash i dobët.

# Variables: $key (string), $length (string), $max (string)
config-too-long = Teksti i «{ $key }» është shumë i gjatë: { $length } karaktere, maksimumi { $max }.
config-too-long-fix = Shkurtoje: duhet të hyjë në një rresht të vetëm të faqeve dhe të çdo dëftese.

# Variables: $value (string), $reason (string)
config-data-dir-unusable = Kioska nuk mund të shkruajë në dosjen e të dhënave «{ $value }» ({ $reason }).
config-data-dir-unusable-fix = Jep një dosje (jo një skedar) në një disk ku mund të shkruhet, në pronësi të përdoruesit të kioskës, për shembull /var/lib/serto-kiosk.

config-bad-listen = «{ $value }» nuk është adresë dëgjimi e vlefshme.
config-bad-listen-fix = Shkruaj adresën dhe portën, për shembull "127.0.0.1:9464".

# Variables: $value (string), $reason (string)
config-bad-key-file = Skedari i çelësit pagoPA «{ $value }» nuk mund të përdoret ({ $reason }).
config-bad-key-file-fix = Vendos në atë skedar vetëm çelësin e abonimit (Ocp-Apim-Subscription-Key), pa asgjë tjetër, të lexueshëm nga përdoruesi i kioskës, ose korrigjo shtegun (relativ ndaj dosjes së këtij skedari).
# Variables: $value (string), $mode (string)
config-key-file-open = Skedari i çelësit pagoPA «{ $value }» mund të lexohet nga përdorues të tjerë (lejet { $mode }).
# Variables: $value (string)
config-key-file-open-fix = Çelësi është sekret i Comune: bëje skedarin të lexueshëm vetëm nga pronari i tij, me «chmod 600 { $value }».

config-not-loopback = Metrikat do të ishin të dukshme në rrjet në { $value }.
config-not-loopback-fix = Përdor një adresë lokale si "127.0.0.1:9464", ose shto «allow_non_loopback = true» në seksionin [metrics] nëse rrjeti është i mbrojtur.

# Variables: $key (string)
config-missing-section = Mungon seksioni i detyrueshëm «[{ $key }]».
# Variables: $key (string)
config-missing-section-fix = Shtoni seksionin «[{ $key }]» me cilësimet e tij (shih kiosk-config/demo.toml).

# Variables: $key (string)
config-duplicate-key = «{ $key }» është shkruar dy herë.
# Variables: $key (string)
config-duplicate-key-fix = Mbajeni «{ $key }» vetëm një herë dhe hiqni tjetrën.
