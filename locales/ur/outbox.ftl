## The outbox (the queue of what the kiosk sends), for the operator.

# Variables: $path (string), $preserved (string)
outbox-damaged = ارسال کا رجسٹر ({ $path }) خراب ہو گیا ہے۔ اس کی ایک کاپی { $preserved } میں محفوظ کر دی گئی ہے۔ کیوسک درخواستیں نہیں بھیج سکتا: تکنیکی مدد سے رابطہ کریں۔
# Variables: $path (string)
outbox-key-missing = ارسال کے رجسٹر کی کلید ({ $path }) موجود نہیں ہے۔ کلید کے بغیر قطار میں موجود درخواستیں پڑھی نہیں جا سکتیں: کلید کی فائل واپس رکھیں یا تکنیکی مدد سے رابطہ کریں۔
# Variables: $path (string)
outbox-key-wrong = ارسال کے رجسٹر کی کلید ({ $path }) درست نہیں ہے۔ اصل کلید کی فائل واپس رکھیں یا تکنیکی مدد سے رابطہ کریں۔
outbox-too-new = ارسال کا رجسٹر پروگرام کے نئے ورژن سے لکھا گیا ہے۔ کیوسک کو اپ ڈیٹ کریں یا تکنیکی مدد سے رابطہ کریں۔
outbox-unavailable = ارسال کا رجسٹر کھولا نہیں جا سکتا۔ کیوسک درخواستیں نہیں بھیج سکتا: تکنیکی مدد سے رابطہ کریں۔

outbox-state-queued = قطار میں
outbox-state-sending = بھیجی جا رہی ہے
outbox-state-delivered = پہنچا دی گئی
outbox-state-retry-wait = دوبارہ کوشش کے انتظار میں
outbox-state-needs-operator = آپریٹر کی ضرورت ہے
outbox-state-cancelled = منسوخ

outbox-cancel-withdrawn = درخواست دہندہ نے واپس لے لی
outbox-cancel-duplicate = دو بار بھیجی گئی
outbox-cancel-wrong-data = غلط معلومات، دوبارہ بنائی گئی
outbox-cancel-handled-elsewhere = کاؤنٹر پر حل ہو گئی
