import { mergeClasses } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import type { PhaseFigureState, PhaseFigureStep } from './PhaseFigure.types';
import type { PhaseFigureClasses } from './usePhaseFigureStyles.styles';
import { outline, progressFill, toSvgPoints } from './shapeGeometry';

const RING_RADIUS = 15;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

function FullStepVisual({ step, state, classes }: { step: PhaseFigureStep; state: PhaseFigureState; classes: PhaseFigureClasses }) {
  const fill = progressFill(step.shape, step.progress.ratio);
  return (
    <>
      <span className={mergeClasses(classes.nowBadge, !step.isCurrent && classes.nowBadgeEmpty)}>{state.nowLabel}</span>
      <svg className={classes.shape} viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <polygon className={classes.outline} points={toSvgPoints(outline(step.shape))} vectorEffect="non-scaling-stroke" />
        {fill && <polygon className={step.progress.ratio >= 1 ? classes.fillDone : classes.fill} points={fill} />}
        {step.isCurrent && (
          <polygon className={mergeClasses(classes.outline, classes.outlineCurrent)} points={toSvgPoints(outline(step.shape))} vectorEffect="non-scaling-stroke" />
        )}
      </svg>
      <span className={mergeClasses(classes.label, step.isSelected && classes.labelSelected)}>{step.shortLabel}</span>
      <span className={classes.progressText}>
        {step.gateMet && step.progress.total > 0 && <CheckmarkCircleFilled className={classes.gateIcon} aria-hidden="true" />}
        {step.progress.total === 0 ? '–' : `${step.progress.met}/${step.progress.total}`}
      </span>
      <span className={mergeClasses(classes.selectedBar, step.isSelected && classes.selectedBarOn)} />
    </>
  );
}

// Numbers and progress rings only: six Norwegian names do not fit in 320 px; the caption names the current phase.
function CompactStepVisual({ step, classes }: { step: PhaseFigureStep; classes: PhaseFigureClasses }) {
  const ratio = Math.min(1, Math.max(0, step.progress.ratio));
  return (
    <>
      <svg className={classes.ring} viewBox="0 0 36 36" aria-hidden="true" focusable="false">
        <circle className={mergeClasses(classes.ringTrack, step.isCurrent && classes.ringTrackCurrent)} cx="18" cy="18" r={RING_RADIUS} />
        {ratio > 0 && (
          <circle
            className={classes.ringProgress}
            cx="18"
            cy="18"
            r={RING_RADIUS}
            strokeDasharray={`${ratio * RING_LENGTH} ${RING_LENGTH}`}
            transform="rotate(-90 18 18)"
          />
        )}
        <text className={mergeClasses(classes.ringNumber, step.isCurrent && classes.ringNumberCurrent)} x="18" y="18" textAnchor="middle" dominantBaseline="central">
          {step.number}
        </text>
      </svg>
      <span className={mergeClasses(classes.nowBadge, !step.isCurrent && classes.nowBadgeEmpty)}>{step.isCurrent ? '▲' : ''}</span>
    </>
  );
}

export function renderPhaseFigure(state: PhaseFigureState, classes: PhaseFigureClasses) {
  const visual = (step: PhaseFigureStep) =>
    state.variant === 'compact' ? <CompactStepVisual step={step} classes={classes} /> : <FullStepVisual step={step} state={state} classes={classes} />;

  if (!state.interactive) {
    const list = (
      <ol className={classes.rootClass} aria-label={state.groupLabel}>
        {state.steps.map((step, index) => (
          <li key={step.phase.key} className={classes.stepClass(index)} aria-current={step.isCurrent ? 'step' : undefined}>
            <span className={classes.visuallyHidden}>{step.ariaLabel}</span>
            <span aria-hidden="true" style={{ display: 'contents' }}>
              {visual(step)}
            </span>
          </li>
        ))}
      </ol>
    );
    return state.caption ? (
      <div className={classes.compactRoot}>
        {list}
        <p className={classes.caption} aria-hidden="true">
          {state.caption}
        </p>
      </div>
    ) : (
      list
    );
  }

  return (
    <div role="radiogroup" aria-label={state.groupLabel} className={classes.rootClass}>
      {state.steps.map((step, index) => (
        <button
          key={step.phase.key}
          ref={state.setStepRef(index)}
          type="button"
          role="radio"
          aria-checked={step.isSelected}
          aria-label={step.ariaLabel}
          tabIndex={index === state.focusIndex ? 0 : -1}
          className={classes.stepClass(index)}
          onClick={() => state.select(index)}
          onKeyDown={(event) => state.onKeyDown(event, index)}
        >
          {visual(step)}
        </button>
      ))}
    </div>
  );
}
