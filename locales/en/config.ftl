## Configuration errors (kiosk-config). An installer or operator reads them,
## in Italian and English, on the console and on the out-of-service page.

config-error-at = { $file }, line { $line }, column { $column }:
config-error-in-file = { $file }:
config-did-you-mean = Did you mean “{ $suggestion }”?
config-ok =
    { $file }: configuration is valid (kiosk { $kiosk }, { $languages ->
        [one] { $languages } language
       *[other] { $languages } languages
    }, { $services ->
        [one] { $services } service
       *[other] { $services } services
    }).

config-unreadable = The file cannot be read ({ $reason }).
config-unreadable-fix = Check the file's path and that the kiosk's user can read it.

config-syntax = The file is not valid TOML: { $detail }
config-syntax-fix = Write each setting as “key = value”, with text in double quotes.

config-unknown-key = There is no key “{ $key }” in the section { $table }.
config-unknown-key-fix = Remove the line or correct the name. In { $table } you can write: { $allowed }.

config-missing-key = The required setting “{ $key }” is missing.
config-missing-key-fix = Add “{ $name } = …” to the section { $table } (see kiosk-config/demo.toml).

config-wrong-type = The value of “{ $key }” has the wrong type ({ $found }).
config-wrong-type-fix =
    { $expected ->
        [integer] Write a whole number, without quotes (for example 120).
        [boolean] Write true or false, without quotes.
        [list] Write a list in square brackets, for example [ "it", "en" ].
        [table] Write a section with its keys.
        [text] Write a text in double quotes.
       *[other] Compare the value with the example in kiosk-config/demo.toml.
    }

config-out-of-range = The value { $value } of “{ $key }” is out of range.
config-out-of-range-fix = Write a number from { $min } to { $max }.

config-empty-text = “{ $key }” is empty or contains control characters.
config-empty-text-fix = Write a text on one line, in double quotes.

config-empty-list = The list “{ $key }” is empty.
config-empty-list-fix = Write at least one item in the list.

config-duplicate = “{ $value }” appears twice in “{ $key }”.
config-duplicate-fix = Keep each item only once.

config-bad-kiosk-id = The kiosk id is not valid.
config-bad-kiosk-id-fix = Write 2 to 16 capital letters, digits and hyphens, starting with a letter (for example "AR-K01").

config-bad-phone = The help desk's phone number is not valid.
config-bad-phone-fix = Write the number with digits and, if needed, + and spaces (for example "0575 1820242").

config-unknown-language = There is no translation for the language “{ $value }”.
config-unknown-language-fix = Use one of these: { $allowed }.

config-italian-required = Italian is missing from the enabled languages.
config-italian-required-fix = Add "it" to the list: it is the office's language and the fallback.

config-default-not-enabled = The default language “{ $value }” is not one of the enabled languages.
config-default-not-enabled-fix = Choose one of the enabled languages: { $allowed }.

config-unknown-service = There is no service “{ $value }” in the catalogue.
config-unknown-service-fix = Use one of these: { $allowed }.

config-warning-not-shorter = The idle warning ({ $value } s) is not shorter than the idle timeout ({ $timeout } s).
config-warning-not-shorter-fix = Write a warning shorter than { $timeout } seconds.

config-connect-longer = The connect timeout ({ $value } ms) is longer than the request timeout ({ $request } ms).
config-connect-longer-fix = Write a connect timeout of at most { $request } ms.

config-bad-endpoint = The address “{ $value }” of “{ $key }” is not valid.
config-bad-endpoint-fix = Write "simulator" or a full https:// address (http:// only on this computer: people's data do not travel in the clear), without user, password or query.

# Variables: $value (string)
config-bad-webhook = The address “{ $value }” for calling the operator is not valid.
config-bad-webhook-fix = Write a full https:// address (http:// only on this computer), without user, password or query, or remove the line.

config-bad-printer = “{ $value }” is not a valid CUPS printer name.
config-bad-printer-fix = Write the CUPS queue name (lpstat -p shows it), without spaces, slashes, # or commas.

config-bad-pin-hash = The operator PIN is not a valid Argon2id hash.
config-bad-pin-hash-fix = Make the hash with “serto-kiosk hash-pin” and copy all of it, from “$argon2id$” on.

# Variables: $memory (string), $passes (string)
config-weak-pin-hash = The PIN hash is too weak: memory { $memory } KiB, passes { $passes } (at least 19456 KiB and 2 passes are needed).
config-weak-pin-hash-fix = Make a new hash with “serto-kiosk hash-pin”: it uses safe parameters. Anyone who reads this file can guess a short PIN behind a weak hash in a few seconds.

# Variables: $key (string), $length (string), $max (string)
config-too-long = The text of “{ $key }” is too long: { $length } characters, at most { $max }.
config-too-long-fix = Shorten it: it must fit on one line of the pages and of every receipt.

# Variables: $value (string), $reason (string)
config-data-dir-unusable = The kiosk cannot write to the data folder “{ $value }” ({ $reason }).
config-data-dir-unusable-fix = Give a folder (not a file) on a writable disk, owned by the kiosk's user, for example /var/lib/serto-kiosk.

config-bad-listen = “{ $value }” is not a valid listen address.
config-bad-listen-fix = Write an address and a port, for example "127.0.0.1:9464".

# Variables: $value (string), $reason (string)
config-bad-key-file = The pagoPA key file “{ $value }” cannot be used ({ $reason }).
config-bad-key-file-fix = Put the subscription key (Ocp-Apim-Subscription-Key) alone in that file, readable by the kiosk's user, or correct the path (relative to the folder of this file).
# Variables: $value (string), $mode (string)
config-key-file-open = The pagoPA key file “{ $value }” can be read by other users (permissions { $mode }).
# Variables: $value (string)
config-key-file-open-fix = The key is a secret of the Comune: make the file readable only by its owner, with “chmod 600 { $value }”.

config-not-loopback = The metrics would be visible on the network at { $value }.
config-not-loopback-fix = Use a local address such as "127.0.0.1:9464", or add “allow_non_loopback = true” to the [metrics] section if the network is protected.

# Variables: $key (string)
config-missing-section = The required section “[{ $key }]” is missing.
# Variables: $key (string)
config-missing-section-fix = Add the section “[{ $key }]” with its settings (see kiosk-config/demo.toml).

# Variables: $key (string)
config-duplicate-key = “{ $key }” is written twice.
# Variables: $key (string)
config-duplicate-key-fix = Keep “{ $key }” once and remove the other.
