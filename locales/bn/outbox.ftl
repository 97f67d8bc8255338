## The outbox (the queue of what the kiosk sends), for the operator.

# Variables: $path (string), $preserved (string)
outbox-damaged = পাঠানোর রেজিস্টার ({ $path }) নষ্ট হয়ে গেছে। এর একটি কপি এখানে সংরক্ষণ করা হয়েছে: { $preserved }। কিয়স্কটি আবেদন পাঠাতে পারছে না: কারিগরি সহায়তায় যোগাযোগ করুন।
# Variables: $path (string)
outbox-key-missing = পাঠানোর রেজিস্টারের চাবি ({ $path }) পাওয়া যাচ্ছে না। চাবি ছাড়া সারিতে থাকা আবেদনগুলো পড়া যায় না: চাবির ফাইলটি আবার জায়গামতো রাখুন অথবা কারিগরি সহায়তায় যোগাযোগ করুন।
# Variables: $path (string)
outbox-key-wrong = পাঠানোর রেজিস্টারের চাবি ({ $path }) সঠিক নয়। আসল চাবির ফাইলটি আবার জায়গামতো রাখুন অথবা কারিগরি সহায়তায় যোগাযোগ করুন।
outbox-too-new = পাঠানোর রেজিস্টারটি প্রোগ্রামের একটি নতুন সংস্করণে লেখা হয়েছে। কিয়স্কটি আপডেট করুন অথবা কারিগরি সহায়তায় যোগাযোগ করুন।
outbox-unavailable = পাঠানোর রেজিস্টারটি খোলা যাচ্ছে না। কিয়স্কটি আবেদন পাঠাতে পারছে না: কারিগরি সহায়তায় যোগাযোগ করুন।

outbox-state-queued = সারিতে আছে
outbox-state-sending = পাঠানো হচ্ছে
outbox-state-delivered = পৌঁছে দেওয়া হয়েছে
outbox-state-retry-wait = আবার চেষ্টার অপেক্ষায়
outbox-state-needs-operator = অপারেটর দরকার
outbox-state-cancelled = বাতিল করা হয়েছে

outbox-cancel-withdrawn = আবেদনকারী প্রত্যাহার করেছেন
outbox-cancel-duplicate = দুবার পাঠানো হয়েছে
outbox-cancel-wrong-data = ভুল তথ্য, আবার করা হয়েছে
outbox-cancel-handled-elsewhere = কাউন্টারে সমাধান করা হয়েছে
