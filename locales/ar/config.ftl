## Configuration errors (kiosk-config). An installer or operator reads them,
## in Italian and English, on the console and on the out-of-service page.
## Keys, values and file names appear as written in the file.

config-error-at = { $file }، السطر { $line }، العمود { $column }:
config-error-in-file = { $file }:
config-did-you-mean = هل تقصد «{ $suggestion }»؟
config-ok =
    { $file }: الإعدادات صحيحة (الجهاز { $kiosk }، { $languages ->
        [zero] { $languages } لغة
        [one] لغة واحدة
        [two] لغتان
        [few] { $languages } لغات
        [many] { $languages } لغة
       *[other] { $languages } لغة
    }، { $services ->
        [zero] { $services } خدمة
        [one] خدمة واحدة
        [two] خدمتان
        [few] { $services } خدمات
        [many] { $services } خدمة
       *[other] { $services } خدمة
    }).

config-unreadable = تعذّرت قراءة الملف ({ $reason }).
config-unreadable-fix = تحقّق من مسار الملف ومن أن مستخدم الجهاز يستطيع قراءته.

config-syntax = الملف ليس بصيغة TOML صحيحة: { $detail }
config-syntax-fix = اكتب كل إعداد بالشكل «مفتاح = قيمة»، وضع النصوص بين علامتي تنصيص مزدوجتين.

config-unknown-key = المفتاح «{ $key }» غير موجود في القسم { $table }.
config-unknown-key-fix = احذف السطر أو صحّح الاسم. في { $table } يمكنك كتابة: { $allowed }.

config-missing-key = الإعداد الإلزامي «{ $key }» مفقود.
config-missing-key-fix = أضف «{ $name } = …» في القسم { $table } (انظر kiosk-config/demo.toml).

config-wrong-type = قيمة «{ $key }» من نوع خاطئ ({ $found }).
config-wrong-type-fix =
    { $expected ->
        [integer] اكتب عددًا صحيحًا بدون علامات تنصيص (مثلًا 120).
        [boolean] اكتب true أو false بدون علامات تنصيص.
        [list] اكتب قائمة بين قوسين مربعين، مثلًا [ "it", "en" ].
        [table] اكتب قسمًا مع مفاتيحه.
        [text] اكتب نصًا بين علامتي تنصيص مزدوجتين.
       *[other] قارن القيمة بالمثال الموجود في kiosk-config/demo.toml.
    }

config-out-of-range = القيمة { $value } للمفتاح «{ $key }» خارج الحدود المسموح بها.
config-out-of-range-fix = اكتب عددًا من { $min } إلى { $max }.

config-empty-text = «{ $key }» فارغ أو يحتوي على أحرف تحكّم.
config-empty-text-fix = اكتب نصًا في سطر واحد، بين علامتي تنصيص مزدوجتين.

config-empty-list = القائمة «{ $key }» فارغة.
config-empty-list-fix = اكتب عنصرًا واحدًا على الأقل في القائمة.

config-duplicate = «{ $value }» مكتوب مرتين في «{ $key }».
config-duplicate-fix = اترك كل عنصر مرة واحدة فقط.

config-bad-kiosk-id = رمز الجهاز غير صالح.
config-bad-kiosk-id-fix = اكتب من 2 إلى 16 حرفًا لاتينيًا كبيرًا أو رقمًا أو شرطة، على أن يبدأ الرمز بحرف (مثلًا "AR-K01").

config-bad-phone = رقم هاتف مكتب الاستقبال غير صالح.
config-bad-phone-fix = اكتب الرقم بالأرقام، مع + ومسافات عند الحاجة (مثلًا "0575 1820242").

config-unknown-language = اللغة «{ $value }» غير موجودة بين الترجمات.
config-unknown-language-fix = استخدم إحدى هذه القيم: { $allowed }.

config-italian-required = الإيطالية غير موجودة بين اللغات المفعّلة.
config-italian-required-fix = أضف "it" إلى القائمة: فهي لغة المكتب واللغة الاحتياطية.

config-default-not-enabled = اللغة الافتراضية «{ $value }» ليست من اللغات المفعّلة.
config-default-not-enabled-fix = اختر إحدى اللغات المفعّلة: { $allowed }.

config-unknown-service = الخدمة «{ $value }» غير موجودة في الفهرس.
config-unknown-service-fix = استخدم إحدى هذه القيم: { $allowed }.

config-warning-not-shorter = تنبيه عدم النشاط ({ $value } ثانية) ليس أقصر من مهلة عدم النشاط ({ $timeout } ثانية).
config-warning-not-shorter-fix = اكتب تنبيهًا أقصر من { $timeout } ثانية.

config-connect-longer = مهلة الاتصال ({ $value } ملي ثانية) أطول من المهلة القصوى للطلب ({ $request } ملي ثانية).
config-connect-longer-fix = اكتب مهلة اتصال لا تزيد على { $request } ملي ثانية.

config-bad-endpoint = العنوان «{ $value }» في «{ $key }» غير صالح.
config-bad-endpoint-fix = اكتب "simulator" أو عنوانًا كاملًا يبدأ بـ https:// (و http:// على هذا الكمبيوتر فقط: لا تنتقل بيانات الأشخاص دون تشفير)، بدون اسم مستخدم أو كلمة مرور أو معاملات.

# Variables: $value (string)
config-bad-webhook = العنوان «{ $value }» لاستدعاء المشغّل غير صالح.
config-bad-webhook-fix = اكتب عنوانًا كاملًا يبدأ بـ https:// (و http:// على هذا الكمبيوتر فقط)، بدون اسم مستخدم أو كلمة مرور أو معاملات، أو احذف السطر.

config-bad-printer = «{ $value }» ليس اسمًا صالحًا لطابعة CUPS.
config-bad-printer-fix = اكتب اسم قائمة انتظار CUPS (يعرضه الأمر lpstat -p)، بدون مسافات أو شرطات مائلة أو # أو فواصل.

config-bad-pin-hash = رمز PIN الخاص بالمشغّل ليس تجزئة Argon2id صالحة.
config-bad-pin-hash-fix = أنشئ التجزئة بالأمر «serto-kiosk hash-pin» وانسخها كاملة، بدءًا من «$argon2id$».

# Variables: $memory (string), $passes (string)
config-weak-pin-hash = تجزئة رمز PIN ضعيفة جدًا: الذاكرة { $memory } KiB وعدد التمريرات { $passes } (الحد الأدنى المطلوب 19456 KiB من الذاكرة وتمريرتان).
config-weak-pin-hash-fix = أنشئ تجزئة جديدة بالأمر «serto-kiosk hash-pin»، فهو يستخدم معاملات آمنة. من يقرأ هذا الملف يستطيع في بضع ثوانٍ تخمين رمز PIN قصير محمي بتجزئة ضعيفة.

# Variables: $key (string), $length (string), $max (string)
config-too-long = نص «{ $key }» طويل جدًا: عدد أحرفه { $length }، والحد الأقصى { $max }.
config-too-long-fix = اختصره: يجب أن يتّسع لسطر واحد في الصفحات وفي كل إيصال.

# Variables: $value (string), $reason (string)
config-data-dir-unusable = لا يستطيع الجهاز الكتابة في مجلد البيانات «{ $value }» ({ $reason }).
config-data-dir-unusable-fix = حدّد مجلدًا (لا ملفًا) على قرص قابل للكتابة، يملكه مستخدم الجهاز، مثلًا /var/lib/serto-kiosk.

config-bad-listen = «{ $value }» ليس عنوان استماع صالحًا.
config-bad-listen-fix = اكتب العنوان والمنفذ، مثلًا "127.0.0.1:9464".

# Variables: $value (string), $reason (string)
config-bad-key-file = لا يمكن استخدام ملف مفتاح pagoPA «{ $value }» ({ $reason }).
config-bad-key-file-fix = ضع مفتاح الاشتراك (Ocp-Apim-Subscription-Key) وحده في ذلك الملف، بحيث يستطيع مستخدم الجهاز قراءته، أو صحّح المسار (نسبةً إلى مجلد هذا الملف).
# Variables: $value (string), $mode (string)
config-key-file-open = يستطيع مستخدمون آخرون قراءة ملف مفتاح pagoPA «{ $value }» (الأذونات { $mode }).
# Variables: $value (string)
config-key-file-open-fix = المفتاح سرّ خاص بالبلدية (Comune): اجعل الملف قابلًا للقراءة من مالكه فقط، بالأمر «chmod 600 { $value }».

config-not-loopback = ستكون المقاييس مرئية على الشبكة على العنوان { $value }.
config-not-loopback-fix = استخدم عنوانًا محليًا مثل "127.0.0.1:9464"، أو أضف «allow_non_loopback = true» في القسم [metrics] إذا كانت الشبكة محمية.

# Variables: $key (string)
config-missing-section = القسم الإلزامي «[{ $key }]» مفقود.
# Variables: $key (string)
config-missing-section-fix = أضف القسم «[{ $key }]» مع إعداداته (انظر kiosk-config/demo.toml).

# Variables: $key (string)
config-duplicate-key = «{ $key }» مكتوب مرتين.
# Variables: $key (string)
config-duplicate-key-fix = اترك «{ $key }» مرة واحدة واحذف الأخرى.
