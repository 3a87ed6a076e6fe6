import type { Lang } from '$lib/i18n/lang';
import type { RunKind } from '$lib/math/ids';

/** The challenge box's own words and each check's verdicts, in both languages. */
export const strings = {
	'zh-TW': {
		label: '挑戰',
		doneMark: '已完成 ✓',
		doneBefore: '你之前已完成這個挑戰。',
		hint: '提示：',
		waiting: '等小工具算出結果…',
		unsettled: '還沒檢查：先讓這次的執行或更新完成。',
		startAgain: '從頭再來',
		notYet: (s: string) => `還沒：${s}`,
		done: (s: string) => `完成！${s}`,
		runKinds: {
			converging: '還在往下走',
			oscillating: '來回擺盪',
			converged: '停在最小值',
			diverged: '發散了',
			plateau: '卡在平地上',
			saddle: '卡在鞍點'
		} satisfies Record<RunKind, string>,
		neuron: {
			activation: (act: string) => `激活函數現在是 ${act}，請換回 sigmoid。`,
			below: (yHat: string) => `ŷ = ${yHat}，還不到 0.9。`,
			reached: (yHat: string) => `ŷ = ${yHat}，達到 0.9 以上了。`
		},
		loss: {
			notWrong: (acc: string) =>
				`這次訓練前的準確率是 ${acc}，不是「很有把握地錯」的起點。請從頭再來。`,
			tooLong: (epochs: number) => `這次訓練了 ${epochs} 代，目標是 5 代以內。`,
			neither: (epochs: number, mse: string, bce: string) =>
				`${epochs} 代後，均方誤差的準確率是 ${mse}，交叉熵是 ${bce}，都還沒到 90%。`,
			recovered: (epochs: number, winner: string, acc: string, other: string, otherAcc: string) =>
				`${epochs} 代內，${winner}把準確率拉到 ${acc}，${other}還停在 ${otherAcc}。`,
			mse: '均方誤差',
			bce: '交叉熵'
		},
		wells: {
			surface: '請換回「兩個山谷」曲面，用一般的梯度下降。',
			local: (at: string) => `從 ${at} 出發，球停在較淺的山谷，那是局部最小值。`,
			other: (at: string, kind: string) => `從 ${at} 出發，球最後${kind}。`,
			global: (at: string) => `從 ${at} 出發，球停在較深的山谷，也就是全域最小值。`
		},
		valley: {
			surface: '這個挑戰用狹長山谷和一般的梯度下降。',
			small: (lr: string) => `η = ${lr} 會收斂，但更大的學習率也還會收斂。`,
			large: (lr: string, kind: string) => `η = ${lr} 沒有收斂（${kind}）：太大了。`,
			close: (lr: string) => `η = ${lr} 會收斂，離極限 2/a₂ = 0.1 不到 0.005。`
		},
		backprop: {
			mode: '請用完整一輪（前向、反向、更新）的模式。',
			lowStart: (loss: string) => `這次從損失 ${loss} 開始，本來就不高。請從頭再來。`,
			tooMany: (n: number) => `這次用了 ${n} 次更新，目標是兩次以內。請從頭再來。`,
			above: (n: number, loss: string) => `${n} 次更新後損失是 ${loss}，還沒低於 0.02。`,
			reached: (n: number, from: string, to: string) => `${n} 次更新就把損失從 ${from} 降到 ${to}。`
		},
		trainer: {
			early: (best: number, at: number) =>
				`提早停止在第 ${at} 代才結束，比最低點（第 ${best} 代）晚了 ${at - best} 代。試試自己按暫停。`,
			falling: (at: number) =>
				`第 ${at} 代的驗證損失是目前最低的，它可能還會再降。再訓練幾代看看。`,
			late: (best: number, at: number) =>
				`驗證損失最低是在第 ${best} 代，現在已經第 ${at} 代，晚了 ${at - best} 代。請重設再試。`,
			stopped: (best: number, at: number) =>
				`你停在第 ${at} 代，就在驗證損失最低的第 ${best} 代之後 ${at - best} 代。`
		},
		lab: {
			noVal: (name: string) => `「${name}」沒有驗證圖片。請多加幾張圖片。`,
			below: (list: string, names: string) => `${list}：${names}還不到 90%。`,
			reached: (list: string) => `每一類都到 90% 以上：${list}。`,
			listSep: '、'
		}
	},
	en: {
		label: 'Challenge',
		doneMark: 'Done ✓',
		doneBefore: 'You have done this challenge before.',
		hint: 'Hint:',
		waiting: 'Waiting for the widget’s result…',
		unsettled: 'Not checked yet: let the run or the update finish first.',
		startAgain: 'Start again',
		notYet: (s: string) => `Not yet: ${s}`,
		// A sentence starts with a capital, but a symbol (ŷ, η) keeps its case.
		done: (s: string) => `Done! ${s.replace(/^[a-z]/, (c) => c.toUpperCase())}`,
		runKinds: {
			converging: 'still going downhill',
			oscillating: 'swinging back and forth',
			converged: 'at rest in a minimum',
			diverged: 'diverged',
			plateau: 'stuck on flat ground',
			saddle: 'stuck at a saddle point'
		} satisfies Record<RunKind, string>,
		neuron: {
			activation: (act: string) => `the activation is ${act}; switch it back to sigmoid.`,
			below: (yHat: string) => `ŷ = ${yHat}, still below 0.9.`,
			reached: (yHat: string) => `ŷ = ${yHat}, at least 0.9.`
		},
		loss: {
			notWrong: (acc: string) =>
				`this run starts at ${acc} accuracy, not confidently wrong. Start again.`,
			tooLong: (epochs: number) => `this run takes ${epochs} epochs; the goal is 5 or fewer.`,
			neither: (epochs: number, mse: string, bce: string) =>
				`after ${epochs} epochs, mean squared error is at ${mse} and cross-entropy at ${bce}; neither has reached 90%.`,
			recovered: (epochs: number, winner: string, acc: string, other: string, otherAcc: string) =>
				`within ${epochs} epochs ${winner} reached ${acc}, while ${other} is still at ${otherAcc}.`,
			mse: 'mean squared error',
			bce: 'cross-entropy'
		},
		wells: {
			surface: 'pick the two-valley surface again, with plain gradient descent.',
			local: (at: string) => `from ${at} the ball rests in the shallower valley, a local minimum.`,
			other: (at: string, kind: string) => `from ${at} the ball ends ${kind}.`,
			global: (at: string) => `from ${at} the ball rests in the deeper valley, the global minimum.`
		},
		valley: {
			surface: 'this challenge is plain gradient descent on the narrow valley.',
			small: (lr: string) => `η = ${lr} converges, but a larger rate still would.`,
			large: (lr: string, kind: string) => `η = ${lr} does not converge (${kind}): too large.`,
			close: (lr: string) => `η = ${lr} converges, within 0.005 of the limit 2/a₂ = 0.1.`
		},
		backprop: {
			mode: 'use the full cycle: forward, backward, update.',
			lowStart: (loss: string) =>
				`this run started at a loss of ${loss}, already low. Start again.`,
			tooMany: (n: number) => `that took ${n} updates; the goal is two at most. Start again.`,
			above: (n: number, loss: string) =>
				`after ${n} update${n === 1 ? '' : 's'} the loss is ${loss}, not below 0.02 yet.`,
			reached: (n: number, from: string, to: string) =>
				`${n === 1 ? 'one update' : `${n} updates`} took the loss from ${from} to ${to}.`
		},
		trainer: {
			early: (best: number, at: number) =>
				`early stopping ended the run at epoch ${at}, ${at - best} epochs after the lowest (epoch ${best}). Try pausing by hand.`,
			falling: (at: number) =>
				`epoch ${at} has the lowest validation loss so far, and it may still fall. Train on a little.`,
			late: (best: number, at: number) =>
				`the lowest validation loss was at epoch ${best}, and this is epoch ${at}: ${at - best} epochs late. Reset and try again.`,
			stopped: (best: number, at: number) =>
				`you stopped at epoch ${at}, ${at - best} epoch${at - best === 1 ? '' : 's'} after the lowest validation loss (epoch ${best}).`
		},
		lab: {
			noVal: (name: string) => `“${name}” has no validation picture. Add more pictures.`,
			below: (list: string, names: string) => `${list}: ${names} below 90%.`,
			reached: (list: string) => `every class is at 90% or more: ${list}.`,
			listSep: ', '
		}
	}
} satisfies Record<Lang, unknown>;

export type ChallengeStrings = (typeof strings)['en'];
