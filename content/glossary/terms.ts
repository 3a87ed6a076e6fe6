/**
 * The course glossary: zh-TW and English term pairs with a short definition each, in course
 * order. Data only; the page src/routes/[lang]/glossary/ lays it out. Lessons link to a term
 * with `../glossary/#<id>`, so ids are stable, lowercase and hyphenated.
 */
import type { Lang } from '$lib/i18n/lang';

/** The page's own prose, one entry per language. */
export const glossaryText: Record<Lang, { intro: string; introducedIn: string; aliases: string }> =
	{
		'zh-TW': {
			intro:
				'課程裡用到的名詞，中文和英文對照，各附一句簡短的說明。依照課程的順序排列，每一組後面連到第一次介紹它的那一課。',
			introducedIn: '出自',
			aliases: '別的書也叫：'
		},
		en: {
			intro:
				'The terms the course uses, in English and Traditional Chinese, each with a one-line definition. They are listed in course order, each linked to the lesson that introduces it.',
			introducedIn: 'From',
			aliases: 'other Chinese names: '
		}
	};

export interface GlossaryTerm {
	/** Anchor id on the glossary page. */
	id: string;
	/** The term as the zh-TW lessons use it. */
	zh: string;
	/** The term as the English lessons use it. */
	en: string;
	defZh: string;
	defEn: string;
	/** Slug of the lesson that introduces the term (the lesson folder without its number). */
	lesson: string;
	/**
	 * Other zh-TW names a student in Taiwan may meet elsewhere for the same thing. The page shows
	 * them as aliases; the course itself never uses them (tests/unit/termNames.test.ts).
	 */
	aliasesZh?: string[];
}

export const terms: GlossaryTerm[] = [
	{
		id: 'supervised-learning',
		zh: '監督式學習',
		en: 'supervised learning',
		defZh: '用標好答案的資料訓練模型：模型把自己的猜測和答案比較，再修正自己。',
		defEn:
			'Training on data that comes with answers: the model compares its guess with the answer and corrects itself.',
		lesson: 'training'
	},
	{
		id: 'unsupervised-learning',
		zh: '非監督式學習',
		en: 'unsupervised learning',
		defZh: '資料沒有標答案，模型自己依照相似程度把資料分群或整理。',
		defEn: 'Learning from data without answers: the model groups or reshapes the data by itself.',
		lesson: 'training'
	},
	{
		id: 'clustering',
		zh: '聚類',
		en: 'clustering',
		defZh: '把相似的資料分到同一群，是非監督式學習常做的事。',
		defEn: 'Putting similar data points into the same group; a typical unsupervised task.',
		lesson: 'training'
	},
	{
		id: 'dimensionality-reduction',
		zh: '降維',
		en: 'dimensionality reduction',
		defZh: '把很多個特徵濃縮成少數幾個，同時盡量保留資料的樣子。',
		defEn:
			'Condensing many features into a few while keeping as much of the data’s shape as possible.',
		lesson: 'training'
	},
	{
		id: 'label',
		zh: '標籤',
		en: 'label',
		defZh: '一筆資料的正確答案，例如一張照片是「貓」還是「狗」。',
		defEn: 'The right answer attached to an example, such as “cat” or “dog” for a photo.',
		lesson: 'training'
	},
	{
		id: 'parameter',
		zh: '參數',
		en: 'parameter',
		defZh: '模型自己學出來的數字，主要就是權重和偏置。',
		defEn: 'A number the model learns for itself; mostly the weights and biases.',
		lesson: 'training'
	},
	{
		id: 'variable',
		zh: '變數',
		en: 'variable',
		defZh: '輸入模型的資料，例如照片的特徵；由使用者提供，不是模型學的。',
		defEn: 'The data fed into the model, such as a photo’s features; supplied, not learned.',
		lesson: 'training'
	},
	{
		id: 'optimization',
		zh: '最佳化',
		en: 'optimisation',
		defZh: '調整參數讓損失盡量小的過程；訓練模型就是在做最佳化。',
		defEn: 'Adjusting parameters to make the loss as small as possible; training is optimisation.',
		lesson: 'training'
	},
	{
		id: 'neuron',
		zh: '神經元',
		en: 'neuron',
		defZh: '網路的基本單位：把輸入乘上權重加總、加上偏置，再經過活化函數。',
		defEn:
			'The basic unit of a network: a weighted sum of its inputs plus a bias, passed through an activation function.',
		lesson: 'neuron'
	},
	{
		id: 'weight',
		zh: '權重',
		en: 'weight',
		defZh: '乘在每個輸入上的數字，代表這個輸入有多重要；所有權重合起來寫成矩陣 W。',
		defEn:
			'The number each input is multiplied by, saying how much that input counts; together they form the matrix W.',
		lesson: 'neuron'
	},
	{
		id: 'bias',
		zh: '偏置',
		en: 'bias (of a neuron)',
		defZh: '加在加權總和上的常數 b，把神經元的輸出整體往上或往下推。',
		defEn: 'The constant b added to the weighted sum, shifting the neuron’s output up or down.',
		lesson: 'neuron',
		aliasesZh: ['偏權值']
	},
	{
		id: 'activation-function',
		zh: '活化函數',
		en: 'activation function',
		defZh: '神經元最後套用的函數 f，例如 sigmoid、tanh、ReLU，讓網路能學彎曲的規則。',
		defEn:
			'The function f a neuron applies last, such as sigmoid, tanh or ReLU, letting a network learn curved rules.',
		lesson: 'neuron',
		aliasesZh: ['激勵函數']
	},
	{
		id: 'hidden-layer',
		zh: '隱藏層',
		en: 'hidden layer',
		defZh: '輸入層和輸出層之間的神經元，從外面看不到它們的輸出。',
		defEn:
			'The neurons between the input and the output layer, whose outputs are not seen from outside.',
		lesson: 'training'
	},
	{
		id: 'loss-function',
		zh: '損失函數',
		en: 'loss function',
		defZh: '把預測 ŷ 和答案 y 的差距變成一個數字；越小代表越準。',
		defEn:
			'Turns the gap between the prediction ŷ and the answer y into one number; smaller means better.',
		lesson: 'loss'
	},
	{
		id: 'mse',
		zh: '均方誤差',
		en: 'mean squared error (MSE)',
		defZh: '預測和答案相減、平方、再取平均，常用在迴歸問題。',
		defEn:
			'The average of the squared differences between predictions and answers; usual for regression.',
		lesson: 'loss'
	},
	{
		id: 'cross-entropy',
		zh: '交叉熵',
		en: 'cross-entropy',
		defZh: '比較真實分布和預測分布的損失 −Σ p log q，常用在分類問題。',
		defEn:
			'A loss comparing the true distribution with the predicted one, −Σ p log q; usual for classification.',
		lesson: 'loss'
	},
	{
		id: 'gradient',
		zh: '梯度',
		en: 'gradient',
		defZh: '損失對每個權重的偏微分排成的向量，指向損失上升最快的方向。',
		defEn:
			'The vector of the loss’s partial derivatives with respect to each weight; it points where the loss rises fastest.',
		lesson: 'gradient-descent'
	},
	{
		id: 'partial-derivative',
		zh: '偏微分',
		en: 'partial derivative',
		defZh: '只讓一個變數動、其他固定時，函數的變化率，例如 ∂L/∂w。',
		defEn:
			'How fast a function changes when one variable moves and the rest stay fixed, such as ∂L/∂w.',
		lesson: 'gradient-descent'
	},
	{
		id: 'gradient-descent',
		zh: '梯度下降',
		en: 'gradient descent',
		defZh: '沿著梯度的反方向一步一步更新權重：W ← W − η ∂L/∂W。',
		defEn: 'Updating the weights step by step against the gradient: W ← W − η ∂L/∂W.',
		lesson: 'gradient-descent'
	},
	{
		id: 'local-minimum',
		zh: '局部最小值',
		en: 'local minimum',
		defZh: '附近最低、但不一定是全部最低的點；梯度下降可能停在這裡。',
		defEn:
			'A point lower than its surroundings but not necessarily the lowest overall; descent can stop there.',
		lesson: 'gradient-descent'
	},
	{
		id: 'global-minimum',
		zh: '全域最小值',
		en: 'global minimum',
		defZh: '整個損失函數上最低的點；梯度下降不保證找得到。',
		defEn:
			'The lowest point of the whole loss function; gradient descent is not guaranteed to find it.',
		lesson: 'gradient-descent'
	},
	{
		id: 'learning-rate',
		zh: '學習率',
		en: 'learning rate',
		defZh: '每一步乘在梯度上的大小 η：太大會發散，太小學得慢。',
		defEn: 'The factor η that scales each step: too large diverges, too small crawls.',
		lesson: 'learning-rate'
	},
	{
		id: 'hyperparameter',
		zh: '超參數',
		en: 'hyperparameter',
		defZh: '訓練前由人決定、模型不會自己學的設定，例如學習率、代數、批量。',
		defEn:
			'A setting chosen by people before training rather than learned, such as the learning rate, epochs or batch size.',
		lesson: 'learning-rate'
	},
	{
		id: 'convergence',
		zh: '收斂',
		en: 'convergence',
		defZh: '損失越來越接近某個值並穩定下來，權重不再大幅改變。',
		defEn: 'The loss settling down near a value, with the weights no longer changing much.',
		lesson: 'learning-rate'
	},
	{
		id: 'divergence',
		zh: '發散',
		en: 'divergence',
		defZh: '步伐太大、越跳越遠，損失不降反升，甚至變成無限大。',
		defEn: 'Steps so large that each one lands further out, so the loss grows instead of falling.',
		lesson: 'learning-rate'
	},
	{
		id: 'forward-propagation',
		zh: '正向傳播',
		en: 'forward propagation',
		defZh: '從輸入一層一層算到輸出，得到預測 ŷ 和損失。',
		defEn:
			'Computing layer by layer from the input to the output, giving the prediction ŷ and the loss.',
		lesson: 'backpropagation'
	},
	{
		id: 'backpropagation',
		zh: '反向傳播',
		en: 'backpropagation',
		defZh: '從損失往輸入的方向，用連鎖律一層一層算出每個權重的梯度。',
		defEn:
			'Working from the loss back towards the input, using the chain rule to get every weight’s gradient.',
		lesson: 'backpropagation',
		aliasesZh: ['倒傳遞']
	},
	{
		id: 'chain-rule',
		zh: '連鎖律',
		en: 'chain rule',
		defZh: '一連串相依的變化，總變化率是各段變化率相乘：∂C/∂w = ∂z/∂w · ∂a/∂z · ∂C/∂a。',
		defEn:
			'Through a chain of dependent quantities, the overall rate is the product of the rates: ∂C/∂w = ∂z/∂w · ∂a/∂z · ∂C/∂a.',
		lesson: 'backpropagation'
	},
	{
		id: 'epoch',
		zh: '代',
		en: 'epoch',
		defZh: '模型把全部訓練資料都看過一遍。',
		defEn: 'One pass of the model over all the training data.',
		lesson: 'training-loop'
	},
	{
		id: 'iteration',
		zh: '次',
		en: 'iteration',
		defZh: '一次權重更新；每代的次數是 ⌈訓練樣本數 / 批量⌉。',
		defEn: 'One update of the weights; an epoch has ⌈training examples / batch size⌉ of them.',
		lesson: 'training-loop'
	},
	{
		id: 'batch-size',
		zh: '批量',
		en: 'batch size',
		defZh: '每一次更新用來計算損失和梯度的樣本數。',
		defEn: 'How many examples one update uses to compute its loss and gradient.',
		lesson: 'training-loop',
		aliasesZh: ['批次大小']
	},
	{
		id: 'training-data',
		zh: '訓練資料',
		en: 'training data',
		defZh: '用來更新權重的資料，例如 170 張貓加 170 張狗。',
		defEn: 'The data used to update the weights, for example 170 cats plus 170 dogs.',
		lesson: 'training-loop'
	},
	{
		id: 'validation-data',
		zh: '驗證資料',
		en: 'validation data',
		defZh:
			'不拿來訓練、只在每代結束時拿來量損失和準確率的資料，例如 30 張貓加 30 張狗。拿它的成績來挑設定（例如學習率），它就還是驗證資料，不是測試資料。',
		defEn:
			'Data never trained on, used after each epoch to measure loss and accuracy, for example 30 cats plus 30 dogs. Data whose score is used to choose settings, such as the learning rate, is validation data, not test data.',
		lesson: 'training-loop'
	},
	{
		id: 'test-data',
		zh: '測試資料',
		en: 'test data',
		defZh:
			'訓練和挑設定都從來沒碰過的第三份資料，最後才用一次，得到公平的最終成績；例如原本課堂上「Test」資料夾裡的照片。',
		defEn:
			'A third set that neither training nor choosing settings ever touched, used once at the end for a fair final score; for example the photos in the original class’s “Test” folder.',
		lesson: 'training-loop'
	},
	{
		id: 'accuracy',
		zh: '準確率',
		en: 'accuracy',
		defZh: '猜對的樣本佔全部的比例；也可以每一類分開算。',
		defEn: 'The fraction of examples predicted correctly; it can also be computed for each class.',
		lesson: 'training-loop'
	},
	{
		id: 'confusion-matrix',
		zh: '混淆矩陣',
		en: 'confusion matrix',
		defZh: '列是實際類別、欄是預測類別的計數表；對角線是猜對的。',
		defEn:
			'A table of counts, actual class by row and predicted class by column; the diagonal is correct.',
		lesson: 'training-loop'
	},
	{
		id: 'overfitting',
		zh: '過擬合',
		en: 'overfitting',
		defZh: '模型把訓練資料背起來：訓練損失還在降，驗證損失卻開始升。',
		defEn:
			'The model memorising its training data: training loss keeps falling while validation loss rises.',
		lesson: 'training-loop',
		aliasesZh: ['過度擬合']
	},
	{
		id: 'sampling-bias',
		zh: '樣本偏差',
		en: 'sampling bias',
		defZh: '訓練樣本不能代表真實世界，而且差異和答案綁在一起；模型會把這個偏差學進去。',
		defEn:
			'A training sample that misrepresents the real world in a way tied to the answer; the model learns the skew.',
		lesson: 'bias'
	},
	{
		id: 'confidence',
		zh: '信心',
		en: 'confidence',
		defZh: '模型給自己答案的機率；信心高不代表答對。',
		defEn: 'The probability a model gives its own answer; high confidence does not mean correct.',
		lesson: 'bias'
	}
];
