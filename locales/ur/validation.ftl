## Messages next to a field when an answer cannot be accepted. They say what
## to do, never "invalid" or "error"; what the person typed stays as it is.

error-required = آگے بڑھنے کے لیے اس سوال کا جواب دیں۔
error-choice = کسی ایک جواب کو چھوئیں۔
error-number = کوئی عدد لکھیں، صرف ہندسے۔
error-number-too-small = { $min } یا اس سے بڑا عدد لکھیں۔
error-number-too-large = { $max } یا اس سے چھوٹا عدد لکھیں۔
error-money = یورو میں رقم لکھیں، مثلاً 1250 یا 1250,50۔
error-date = صحیح تاریخ لکھیں: دن، مہینہ اور سال، مثلاً 15/03/1990۔
error-date-too-early = تاریخ { $date } یا اس کے بعد کی ہونی چاہیے۔
error-date-too-late = تاریخ { $date } یا اس سے پہلے کی ہونی چاہیے۔
error-name = نام حروف میں لکھیں، جیسے آپ کی دستاویز پر لکھا ہے۔
error-name-latin = نام لاطینی حروف (A–Z) میں لکھیں، جیسے پاسپورٹ یا رہائشی اجازت نامے پر لکھا ہے۔
error-text-characters = خاص نشانات ہٹا دیں: صرف حروف، ہندسے اور رموزِ اوقاف استعمال کریں۔
error-text-too-long = متن مختصر کریں: زیادہ سے زیادہ { $max } حروف۔
error-phone = فون نمبر ہندسوں میں لکھیں، مثلاً 333 123 4567 یا +40 721 234 567۔
error-email = پورا ای میل پتہ لکھیں، مثلاً name@example.com۔
error-comune = فہرست میں سے کوئی اطالوی بلدیہ (comune) چنیں۔
error-country = فہرست میں سے کوئی ملک چنیں۔
error-cap = پوسٹ کوڈ (CAP) لکھیں: 5 ہندسے، مثلاً 52100۔
error-document-number = دستاویز کا نمبر لکھیں: 5 سے 20 تک حروف اور ہندسے۔
error-notice-length = ادائیگی کے نوٹس کے کوڈ (codice avviso) میں 18 ہندسے ہوتے ہیں؛ آپ نے { $found } لکھے ہیں۔ اسے ادائیگی کے نوٹس سے نقل کریں۔
error-notice-digits = نوٹس کے کوڈ میں صرف ہندسے ہوتے ہیں: اسے ادائیگی کے نوٹس سے نقل کریں۔
error-notice-check = یہ نوٹس کوڈ درست نہیں ہے: نوٹس پر ہر ہندسہ دوبارہ دیکھیں۔
error-nre = نسخے کا کوڈ (NRE) لکھیں: 15 حروف و ہندسے، جو نسخے پر بارکوڈ کے اوپر ہیں۔
error-school-code = اسکول کا کوڈ لکھیں: 10 حروف و ہندسے، مثلاً ARIC82100X۔
error-permit-reference = فائل نمبر (10 حروف و ہندسے) لکھیں، یا ڈاک خانے (Poste) کی رسید والا numero assicurata (12 ہندسے)۔
error-cf-length = ٹیکس کوڈ (codice fiscale) میں 16 حروف و ہندسے ہوتے ہیں (عارضی ہو تو 11 ہندسے)؛ آپ نے { $found } لکھے ہیں۔
error-cf-pattern = ٹیکس کوڈ (codice fiscale) دوبارہ دیکھیں: حروف اور ہندسے اپنی اپنی جگہ پر ہونے چاہییں، جیسے ہیلتھ کارڈ (tessera sanitaria) پر ہیں۔
error-cf-check = ٹیکس کوڈ (codice fiscale) درست نہیں ہے: ہیلتھ کارڈ پر ہر حرف اور ہندسہ دوبارہ دیکھیں۔
error-cf-date = ٹیکس کوڈ (codice fiscale) میں ایسی تاریخِ پیدائش ہے جو ممکن نہیں: 7 سے 11 نمبر تک کے حروف دیکھیں۔
error-cf-birthplace = ٹیکس کوڈ میں جائے پیدائش ({ $code }) موجود نہیں ہے: 12 سے 15 نمبر تک کے حروف دیکھیں۔
error-cf-birthplace-date = ٹیکس کوڈ میں جائے پیدائش ({ $code }) تاریخِ پیدائش کے وقت درست نہیں تھی: کوڈ دوبارہ دیکھیں۔
error-citizenship-reference = درخواست کا نمبر رسید کے مطابق لکھیں، مثلاً K10/C/123456۔
