## Configuration errors (kiosk-config). An installer or operator reads them,
## in Italian and English, on the console and on the out-of-service page.
## Keys, values and file names appear as written in the file.

config-error-at = { $file }، سطر { $line }، کالم { $column }:
config-error-in-file = { $file }:
config-did-you-mean = کیا آپ کا مطلب “{ $suggestion }” تھا؟
config-ok =
    { $file }: کنفیگریشن درست ہے (کیوسک { $kiosk }، { $languages ->
        [one] { $languages } زبان
       *[other] { $languages } زبانیں
    }، { $services ->
        [one] { $services } خدمت
       *[other] { $services } خدمات
    })۔

config-unreadable = فائل پڑھی نہیں جا سکی ({ $reason })۔
config-unreadable-fix = فائل کا راستہ چیک کریں، اور یہ کہ کیوسک کا صارف اسے پڑھ سکتا ہے۔

config-syntax = فائل درست TOML نہیں ہے: { $detail }
config-syntax-fix = ہر سیٹنگ کو “کلید = قدر” کی شکل میں لکھیں، اور متن کو ڈبل کوٹس میں رکھیں۔

config-unknown-key = سیکشن { $table } میں “{ $key }” نام کی کوئی کلید نہیں ہے۔
config-unknown-key-fix = سطر ہٹا دیں یا نام درست کریں۔ { $table } میں آپ یہ لکھ سکتے ہیں: { $allowed }۔

config-missing-key = لازمی سیٹنگ “{ $key }” موجود نہیں ہے۔
config-missing-key-fix = سیکشن { $table } میں “{ $name } = …” شامل کریں (دیکھیں kiosk-config/demo.toml)۔

config-wrong-type = “{ $key }” کی قدر غلط قسم کی ہے ({ $found })۔
config-wrong-type-fix =
    { $expected ->
        [integer] کوئی پورا عدد لکھیں، کوٹس کے بغیر (مثلاً 120)۔
        [boolean] true یا false لکھیں، کوٹس کے بغیر۔
        [list] مربع قوسین میں ایک فہرست لکھیں، مثلاً [ "it", "en" ]۔
        [table] ایک سیکشن اس کی کلیدوں کے ساتھ لکھیں۔
        [text] ڈبل کوٹس میں متن لکھیں۔
       *[other] قدر کا موازنہ kiosk-config/demo.toml میں دی گئی مثال سے کریں۔
    }

config-out-of-range = “{ $key }” کی قدر { $value } حد سے باہر ہے۔
config-out-of-range-fix = { $min } سے { $max } تک کوئی عدد لکھیں۔

config-empty-text = “{ $key }” خالی ہے یا اس میں کنٹرول حروف ہیں۔
config-empty-text-fix = ایک ہی سطر میں، ڈبل کوٹس کے اندر متن لکھیں۔

config-empty-list = فہرست “{ $key }” خالی ہے۔
config-empty-list-fix = فہرست میں کم از کم ایک چیز لکھیں۔

config-duplicate = “{ $value }” فہرست “{ $key }” میں دو بار آیا ہے۔
config-duplicate-fix = ہر چیز صرف ایک بار رکھیں۔

config-bad-kiosk-id = کیوسک کا کوڈ درست نہیں ہے۔
config-bad-kiosk-id-fix = 2 سے 16 تک بڑے انگریزی حروف، ہندسے اور ڈیش لکھیں، اور شروع میں کوئی حرف ہو (مثلاً "AR-K01")۔

config-bad-phone = کاؤنٹر کا فون نمبر درست نہیں ہے۔
config-bad-phone-fix = نمبر ہندسوں میں لکھیں، ضرورت ہو تو + اور خالی جگہ کے ساتھ (مثلاً "0575 1820242")۔

config-unknown-language = زبان “{ $value }” ترجموں میں موجود نہیں ہے۔
config-unknown-language-fix = ان میں سے کوئی ایک استعمال کریں: { $allowed }۔

config-italian-required = فعال زبانوں میں اطالوی شامل نہیں ہے۔
config-italian-required-fix = فہرست میں "it" شامل کریں: یہ دفتر کی زبان ہے اور متبادل زبان بھی۔

config-default-not-enabled = طے شدہ زبان “{ $value }” فعال زبانوں میں شامل نہیں ہے۔
config-default-not-enabled-fix = فعال زبانوں میں سے ایک منتخب کریں: { $allowed }۔

config-unknown-service = خدمت “{ $value }” کیٹلاگ میں موجود نہیں ہے۔
config-unknown-service-fix = ان میں سے کوئی ایک استعمال کریں: { $allowed }۔

config-warning-not-shorter = غیر فعالیت کی وارننگ ({ $value } سیکنڈ) غیر فعالیت کے وقت ({ $timeout } سیکنڈ) سے کم نہیں ہے۔
config-warning-not-shorter-fix = { $timeout } سیکنڈ سے کم وقت کی وارننگ لکھیں۔

config-connect-longer = کنکشن کا وقت ({ $value } ملی سیکنڈ) درخواست کے زیادہ سے زیادہ وقت ({ $request } ملی سیکنڈ) سے زیادہ ہے۔
config-connect-longer-fix = کنکشن کا وقت { $request } ملی سیکنڈ سے زیادہ نہ لکھیں۔

config-bad-endpoint = “{ $key }” کا پتہ “{ $value }” درست نہیں ہے۔
config-bad-endpoint-fix = "simulator" یا مکمل https:// پتہ لکھیں (http:// صرف اسی کمپیوٹر پر: لوگوں کی معلومات بغیر انکرپشن کے نہیں بھیجی جاتیں)، صارف نام، پاس ورڈ یا پیرامیٹرز کے بغیر۔

# Variables: $value (string)
config-bad-webhook = آپریٹر کو بلانے کا پتہ “{ $value }” درست نہیں ہے۔
config-bad-webhook-fix = مکمل https:// پتہ لکھیں (http:// صرف اسی کمپیوٹر پر)، صارف نام، پاس ورڈ یا پیرامیٹرز کے بغیر، یا سطر ہٹا دیں۔

config-bad-printer = “{ $value }” CUPS پرنٹر کا درست نام نہیں ہے۔
config-bad-printer-fix = CUPS قطار کا نام لکھیں (lpstat -p اسے دکھاتا ہے)، خالی جگہ، سلیش، # یا کوما کے بغیر۔

config-bad-pin-hash = آپریٹر کا PIN درست Argon2id ہیش نہیں ہے۔
config-bad-pin-hash-fix = “serto-kiosk hash-pin” سے ہیش بنائیں اور اسے “$argon2id$” سے آخر تک پورا کاپی کریں۔

# Variables: $memory (string), $passes (string)
config-weak-pin-hash = PIN کا ہیش بہت کمزور ہے: میموری { $memory } KiB، پاس { $passes } (کم از کم 19456 KiB میموری اور 2 پاس درکار ہیں)۔
config-weak-pin-hash-fix = “serto-kiosk hash-pin” سے نیا ہیش بنائیں: یہ کمانڈ محفوظ پیرامیٹرز استعمال کرتی ہے۔ جو بھی یہ فائل پڑھ لے، وہ کمزور ہیش والے چھوٹے PIN کا چند سیکنڈ میں اندازہ لگا سکتا ہے۔

# Variables: $key (string), $length (string), $max (string)
config-too-long = “{ $key }” کا متن بہت لمبا ہے: { $length } حروف، زیادہ سے زیادہ { $max }۔
config-too-long-fix = اسے مختصر کریں: یہ صفحات اور ہر رسید پر ایک ہی سطر میں آنا چاہیے۔

# Variables: $value (string), $reason (string)
config-data-dir-unusable = کیوسک ڈیٹا فولڈر “{ $value }” میں نہیں لکھ سکتا ({ $reason })۔
config-data-dir-unusable-fix = لکھنے کے قابل ڈسک پر کوئی فولڈر (فائل نہیں) دیں جس کا مالک کیوسک کا صارف ہو، مثلاً /var/lib/serto-kiosk۔

config-bad-listen = “{ $value }” درست لسننگ ایڈریس نہیں ہے۔
config-bad-listen-fix = پتہ اور پورٹ لکھیں، مثلاً "127.0.0.1:9464"۔

# Variables: $value (string), $reason (string)
config-bad-key-file = pagoPA کلید کی فائل “{ $value }” استعمال نہیں کی جا سکتی ({ $reason })۔
config-bad-key-file-fix = اس فائل میں صرف سبسکرپشن کلید (Ocp-Apim-Subscription-Key) رکھیں، اس کے سوا کچھ نہیں، اور کیوسک کا صارف اسے پڑھ سکے؛ یا راستہ درست کریں (اس فائل کے فولڈر کے حساب سے)۔
# Variables: $value (string), $mode (string)
config-key-file-open = pagoPA کلید کی فائل “{ $value }” دوسرے صارفین بھی پڑھ سکتے ہیں (اجازتیں { $mode })۔
# Variables: $value (string)
config-key-file-open-fix = یہ کلید Comune کا راز ہے: “chmod 600 { $value }” سے فائل کو ایسا کریں کہ صرف اس کا مالک اسے پڑھ سکے۔

config-not-loopback = میٹرکس نیٹ ورک پر { $value } پر نظر آئیں گے۔
config-not-loopback-fix = "127.0.0.1:9464" جیسا مقامی پتہ استعمال کریں، یا اگر نیٹ ورک محفوظ ہے تو سیکشن [metrics] میں “allow_non_loopback = true” شامل کریں۔

# Variables: $key (string)
config-missing-section = لازمی حصہ “[{ $key }]” موجود نہیں ہے۔
# Variables: $key (string)
config-missing-section-fix = حصہ “[{ $key }]” اس کی سیٹنگز کے ساتھ شامل کریں (kiosk-config/demo.toml دیکھیں)۔

# Variables: $key (string)
config-duplicate-key = “{ $key }” دو بار لکھا گیا ہے۔
# Variables: $key (string)
config-duplicate-key-fix = “{ $key }” ایک بار رکھیں اور دوسرا ہٹا دیں۔
