## Messages next to a field when an answer cannot be accepted. They say what
## to do, never "invalid" or "error"; what the person typed stays as it is.

error-required = يُرجى الإجابة عن هذا السؤال للمتابعة.
error-choice = يُرجى لمس إحدى الإجابات.
error-number = يُرجى كتابة عدد، بالأرقام فقط.
error-number-too-small = يُرجى كتابة عدد يساوي { $min } أو أكبر.
error-number-too-large = يُرجى كتابة عدد يساوي { $max } أو أصغر.
error-money = يُرجى كتابة مبلغ باليورو، مثلًا 1250 أو 1250,50.
error-date = يُرجى كتابة تاريخ صحيح: اليوم والشهر والسنة، مثلًا 15/03/1990.
error-date-too-early = يجب أن يكون التاريخ { $date } أو بعده.
error-date-too-late = يجب أن يكون التاريخ { $date } أو قبله.
error-name = يُرجى كتابة الاسم بالحروف، كما هو مكتوب في الوثيقة.
error-name-latin = اكتب الاسم بالحروف اللاتينية (A–Z)، كما هو مكتوب في جواز السفر أو تصريح الإقامة.
error-text-characters = يُرجى حذف الرموز الخاصة، واستعمال الحروف والأرقام وعلامات الترقيم فقط.
error-text-too-long = يُرجى تقصير النص: الحد الأقصى { $max } حرف.
error-phone = يُرجى كتابة رقم الهاتف بالأرقام، مثلًا 333 123 4567 أو +40 721 234 567.
error-email = يُرجى كتابة عنوان بريد إلكتروني كامل، مثلًا name@example.com.
error-comune = يُرجى اختيار بلدية إيطالية (comune) من القائمة.
error-country = يُرجى اختيار دولة من القائمة.
error-cap = يُرجى كتابة الرمز البريدي (CAP): 5 أرقام، مثلًا 52100.
error-document-number = يُرجى كتابة رقم الوثيقة: من 5 إلى 20 حرفًا ورقمًا.
error-notice-length = رمز إشعار الدفع (codice avviso) فيه 18 رقمًا، والمكتوب الآن { $found }. يُرجى نسخه من إشعار الدفع.
error-notice-digits = رمز الإشعار فيه أرقام فقط: يُرجى نسخه من إشعار الدفع.
error-notice-check = رمز الإشعار هذا غير صحيح: يُرجى التحقق من كل رقم في الإشعار.
error-nre = يُرجى كتابة رمز الوصفة الطبية (NRE): 15 رمزًا، تجدها فوق الباركود في الوصفة.
error-school-code = يُرجى كتابة رمز المدرسة: 10 رموز، مثلًا ARIC82100X.
error-permit-reference = يُرجى كتابة رقم الملف (10 رموز) أو «numero assicurata» (12 رقمًا) من إيصال البريد (Poste).
error-cf-length = الرقم الضريبي (codice fiscale) فيه 16 رمزًا (أو 11 رقمًا إذا كان مؤقتًا)، والمكتوب الآن { $found }.
error-cf-pattern = يُرجى التحقق من الرقم الضريبي (codice fiscale): يجب أن تكون الحروف والأرقام في أماكنها، كما في البطاقة الصحية (tessera sanitaria).
error-cf-check = الرقم الضريبي (codice fiscale) غير صحيح: يُرجى التحقق من كل رمز في البطاقة الصحية.
error-cf-date = في الرقم الضريبي (codice fiscale) تاريخ ميلاد غير موجود: يُرجى التحقق من الرموز من 7 إلى 11.
error-cf-birthplace = مكان الميلاد في الرقم الضريبي ({ $code }) غير موجود: يُرجى التحقق من الرموز من 12 إلى 15.
error-cf-birthplace-date = مكان الميلاد في الرقم الضريبي ({ $code }) لم يكن صالحًا في تاريخ الميلاد: يُرجى التحقق من الرمز.
error-citizenship-reference = يُرجى كتابة رقم الطلب كما هو في الإيصال، مثلًا K10/C/123456.
